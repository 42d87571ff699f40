import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when the error means "the database cannot be reached now" rather than "this query is wrong". */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (UNAVAILABLE_CODES.has(error.code)) return true;
  if (error.code.startsWith('Neo.TransientError.')) return true;
  // Neo4j aborted a transaction that ran past its timeout: no data now, and not the client's fault.
  if (error.code.includes('TransactionTimedOut')) return true;
  // The pool's acquisition timeout is a plain Neo4jError without a code (driver pool.ts).
  return /acquisition timed out|Failed to connect|Connection was closed/i.test(error.message);
}

/**
 * The one place where driver errors become the project's errors. Anything that is not an
 * availability problem is returned unchanged, to be logged and masked as an internal error.
 */
export function mapDatabaseError(error: unknown): unknown {
  return isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
