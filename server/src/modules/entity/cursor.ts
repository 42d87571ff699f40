import { badUserInput } from '../../errors.ts';

/** Opaque keyset cursor: the sort value and id of the last entity on a page. */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortValue: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { sortValue: value[0], id: value[1] };
    }
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput('`after` is not a cursor this API gave out; pass a page\'s `endCursor` unchanged.', 'after');
}
