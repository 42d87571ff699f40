/**
 * Plans the two search statements before the first user searches. `searchResults` took 3–8 s to
 * plan on a busy machine (the full-text call, the facets' reach and the ministry chain), close to a
 * request's 8 s; planned once, Neo4j keeps the plan for every later request.
 */
import type { Database } from '../../neo4j/database.ts';
import { BROWSED_LABELS, CURRENT_REVISION } from '../../vocabulary/index.ts';
import { todayInNorway } from '../common/date-scalar.ts';
import { toLuceneQuery } from './lucene-query.ts';
import { readSearchEntities, readSearchResults } from './read-search.ts';

const WARM_UP_TIMEOUT_MS = 30_000;

export async function warmUpSearch(db: Pick<Database, 'read'>): Promise<boolean> {
  const query = toLuceneQuery(['bolig']);
  if (!query) return false;
  try {
    await readSearchEntities(db, query, CURRENT_REVISION, BROWSED_LABELS, { timeoutMs: WARM_UP_TIMEOUT_MS });
    await readSearchResults(db, query, { asOf: todayInNorway(), revision: CURRENT_REVISION }, { timeoutMs: WARM_UP_TIMEOUT_MS });
    return true;
  } catch {
    // Only a head start: a Neo4j too busy to plan now plans on the first search instead.
    return false;
  }
}
