import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Database } from '../neo4j/database.ts';

/** One HTTP route outside GraphQL: it answers the request itself, errors included. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => Promise<void>;

/** What a route module is built from. */
export interface RouteDeps {
  db: Database;
  logger: Logger;
  /**
   * The origin persistent URIs (`/id/{type}/{id}`) and feed links are written with, without a
   * trailing slash: VMK_PUBLIC_URL, or the address the server listens on.
   */
  publicBaseUrl: () => string;
}
