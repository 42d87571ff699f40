/**
 * The scope of a download from its query string: `asOf` (a date; today in Norway by default) and
 * `knownAt` (a moment; the graph as published now by default). Any other parameter is refused, so a
 * misspelt `asof` cannot quietly give today's data.
 */
import { badUserInput } from '../errors.ts';
import type { Database } from '../neo4j/database.ts';
import type { ReadScope } from '../modules/entity/entity-model.ts';
import { resolveScope } from '../modules/common/scope.ts';

const ALLOWED = ['asOf', 'knownAt'] as const;

export async function exportScope(db: Pick<Database, 'read'>, url: URL): Promise<ReadScope> {
  for (const key of url.searchParams.keys()) {
    if (!(ALLOWED as readonly string[]).includes(key)) throw badUserInput(`Unknown parameter "${key}": a download takes only asOf (YYYY-MM-DD) and knownAt (an ISO date-time).`, key);
  }
  for (const key of ALLOWED) {
    if (url.searchParams.getAll(key).length > 1) throw badUserInput(`"${key}" is given more than once.`, key);
  }
  return resolveScope(db, { asOf: url.searchParams.get('asOf'), knownAt: url.searchParams.get('knownAt') });
}
