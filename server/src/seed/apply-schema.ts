import type { Database } from '../neo4j/database.ts';
import { loadCypherFiles } from '../neo4j/cypher-loader.ts';

/**
 * Applies every statement in cypher/schema/ (constraints first, then indexes, then a wait until they
 * are online). Each is idempotent (IF NOT EXISTS), so this runs on every start.
 */
export async function applySchema(db: Database): Promise<string[]> {
  const names = [...loadCypherFiles().keys()].filter((name) => name.startsWith('schema/')).sort(schemaOrder);
  for (const name of names) await db.write(name);
  return names;
}

const rank = (name: string): number => (name.includes('/constraint-') ? 0 : name.includes('/await-') ? 2 : 1);
const schemaOrder = (a: string, b: string): number => rank(a) - rank(b) || a.localeCompare(b);
