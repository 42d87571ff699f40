import type { Logger } from 'pino';
import type { RequestAuth } from './auth/viewer.ts';
import type { Database } from './neo4j/database.ts';

/** Per-request context handed to every resolver. */
export interface Context {
  db: Database;
  /** Request-scoped logger carrying the request id; never log variable values with it. */
  log: Logger;
  requestId: string;
  /** Loaders that batch id lookups within one request (one Cypher round trip per batch). */
  loaders: Map<string, unknown>;
  /** Who is signed in (from the session cookie) and whether the request carried the CSRF token. */
  auth: RequestAuth;
  /** The client's socket address, for rate limits only; never logged with what it sent. */
  clientAddress?: string;
}
