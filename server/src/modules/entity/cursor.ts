import { badUserInput } from '../../errors.ts';
import type { OrderProperty } from '../../seed/order-keys.ts';

/**
 * Opaque keyset cursor: the order a page was read in and the order key of its last entity (the
 * key already ends with the id, the tie-break). A cursor only continues the list and order it
 * came from.
 */
export function encodeCursor(order: OrderProperty, key: string): string {
  return Buffer.from(JSON.stringify([order, key])).toString('base64url');
}

export function decodeCursor(cursor: string, order: OrderProperty, labelPrefix: string): string {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
    if (value[0] !== order || !value[1].startsWith(labelPrefix)) {
      throw badUserInput('`after` belongs to another list or order; pass an `endCursor` from this list with the same `orderBy` and `lang`.', 'after');
    }
    return value[1];
  }
  throw badUserInput('`after` is not a cursor this API gave out; pass a page\'s `endCursor` unchanged.', 'after');
}
