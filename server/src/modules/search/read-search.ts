/**
 * The two search statements with the parameters the resolvers send, in one place, so the start-up
 * warm-up plans exactly the shapes users send.
 */
import type { Database, TransactionOptions } from '../../neo4j/database.ts';
import { BROWSED_LABELS, RESPONSIBILITY_ROLES, type EntityLabel } from '../../vocabulary/index.ts';
import { SEARCH_ENTITIES, SEARCH_RESULTS, TARGET_GROUP_REACH_TYPES } from './statements.ts';

/** More than the seed graph's browsed entities: the index proposes, match-explanation.ts decides. */
export const CANDIDATES = 300;

export function readSearchEntities(db: Pick<Database, 'read'>, query: string, revision: number, labels: readonly EntityLabel[], options?: TransactionOptions) {
  return db.read(SEARCH_ENTITIES, { query, revision, labels: [...labels], limit: CANDIDATES }, options);
}

/** Every browsed type is read: the type facet counts the types not chosen too. */
export function readSearchResults(db: Pick<Database, 'read'>, query: string, scope: { asOf: string; revision: number }, options?: TransactionOptions) {
  return db.read(
    SEARCH_RESULTS,
    { query, asOf: scope.asOf, revision: scope.revision, labels: [...BROWSED_LABELS], limit: CANDIDATES, roles: [...RESPONSIBILITY_ROLES], reachTypes: [...TARGET_GROUP_REACH_TYPES] },
    options,
  );
}
