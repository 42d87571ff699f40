import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { sendJson } from '../http/respond.ts';

/** Persistent URIs `/id/{type}/{id}` with content negotiation (issue 15; being built). */
export function createEntityUriHandler(_deps: RouteDeps): RouteHandler {
  return async (_request, response) => sendJson(response, 404, { status: 'not found' });
}
