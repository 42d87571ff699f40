import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { sendJson } from '../http/respond.ts';

/** Whole-graph downloads under `/export/` (issue 15; being built). */
export function createExportHandler(_deps: RouteDeps): RouteHandler {
  return async (_request, response) => sendJson(response, 404, { status: 'not found' });
}
