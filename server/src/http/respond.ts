import type { ServerResponse } from 'node:http';

/** Seconds a client should wait before retrying after a 503: Neo4j restarts take a few seconds. */
export const RETRY_AFTER_SECONDS = 5;

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

/** An error answered before or outside GraphQL execution, in the same shape GraphQL errors have. */
export function requestError(response: ServerResponse, status: number, code: string, message: string, requestId: string, headers: Record<string, string> = {}): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] }, headers);
}

/** 503 with Retry-After: the answer when no data could be produced now but may be soon. */
export function serviceUnavailable(response: ServerResponse, message: string, requestId: string, retryAfterSeconds = RETRY_AFTER_SECONDS): void {
  requestError(response, 503, 'SERVICE_UNAVAILABLE', message, requestId, { 'retry-after': String(retryAfterSeconds) });
}
