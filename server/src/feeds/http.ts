import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { sendJson } from '../http/respond.ts';

/** Atom feeds under `/feeds/` (issue 15; being built). */
export function createFeedHandler(_deps: RouteDeps): RouteHandler {
  return async (_request, response) => sendJson(response, 404, { status: 'not found' });
}
