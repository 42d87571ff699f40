/**
 * Reading GraphQL answers without trusting their shape, and comparing two normalised answers
 * field by field. A mismatch names the path and both values, so a reader can tell a real
 * difference (another instrument, a relationship out of force) from a naming one.
 */

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** `value[key]` of an object, or a readable error naming `where`. */
export function field(value: unknown, key: string, where: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: expected an object with ${key}, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return (value as Record<string, unknown>)[key];
}

export function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a list, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

export function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where}: expected a string, got ${JSON.stringify(value)?.slice(0, 200)}`);
  return value;
}

/** Names as a sorted list: nested lists are compared as sets, since neither side orders them. */
export function sortedNames(names: readonly string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every difference between two answers, as "path: project … / peer …" lines (at most `limit`). */
export function differences(project: Plain, peer: Plain, limit = 10, path = '$'): string[] {
  const found: string[] = [];
  const visit = (a: Plain, b: Plain, at: string): void => {
    if (found.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) found.push(`${at}: project has ${a.length} items, peer ${b.length}: project ${JSON.stringify(a)} / peer ${JSON.stringify(b)}`);
      for (let i = 0; i < Math.min(a.length, b.length); i++) visit(a[i] ?? null, b[i] ?? null, `${at}[${i}]`);
      return;
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) visit(a[key] ?? null, b[key] ?? null, `${at}.${key}`);
      return;
    }
    if (a !== b) found.push(`${at}: project ${JSON.stringify(a)} / peer ${JSON.stringify(b)}`);
  };
  visit(project, peer, path);
  return found;
}
