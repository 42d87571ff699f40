import type { Database } from '../neo4j/database.ts';
import { SCHEMA_STATEMENTS } from './statements.ts';

/**
 * Applies every statement in cypher/schema/ (constraints first, then indexes, then a wait until they
 * are online). Each is idempotent (IF NOT EXISTS), so this runs on every start.
 */
export async function applySchema(db: Database): Promise<string[]> {
  for (const statement of SCHEMA_STATEMENTS) await db.write(statement, {});
  return SCHEMA_STATEMENTS.map((statement) => statement.name);
}
