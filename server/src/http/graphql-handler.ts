import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { Auth } from '../auth/auth.ts';
import { ANONYMOUS } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import type { Database } from '../neo4j/database.ts';
import type { InFlight } from './in-flight.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { requestError, serviceUnavailable } from './respond.ts';

/** 100 KB: far above any real query, far below what could tie up the parser. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Every GraphQL request is answered within this time from when its body has arrived, whatever Neo4j
 * does: time spent waiting for a slot counts. Each transaction has its own, shorter limit (8 s);
 * this covers a request that needs two of them.
 */
export const REQUEST_DEADLINE_MS = 9_500;

const TIMED_OUT = Symbol('timed out');

interface Dependencies {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  inFlight: InFlight;
  auth?: Auth;
}

type Body = { ok: true; value: unknown } | { ok: false };

/** Reads and parses a POST body, answering the client's mistakes (too large, not JSON) itself. */
async function readJsonBody(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<Body> {
  if (request.method !== 'POST') return { ok: true, value: undefined };
  let text: string;
  try {
    text = await readBody(request, BODY_LIMIT_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    requestError(response, 413, 'BAD_USER_INPUT', 'The request body is larger than 100 KB.', requestId);
    return { ok: false };
  }
  try {
    return { ok: true, value: text === '' ? {} : JSON.parse(text) };
  } catch {
    requestError(response, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON.', requestId);
    return { ok: false };
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Apollo answers HTTP-level mistakes (batching, CSRF, wrong method) before any plugin sees the
 * request, so their errors lack the request id that every other error carries. Added here.
 */
function completeBodyWithRequestId(result: HTTPGraphQLResponse, requestId: string): string | undefined {
  if (result.body.kind !== 'complete') return undefined;
  if ((result.status ?? 200) < 400) return result.body.string;
  try {
    const parsed = JSON.parse(result.body.string) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(parsed.errors)) return result.body.string;
    parsed.errors = parsed.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
    return JSON.stringify(parsed);
  } catch {
    return result.body.string;
  }
}

/** POST and GET /graphql: body limits, load shedding, a deadline, then Apollo. */
export function createGraphQLHandler({ apollo, db, logger, inFlight, auth: signIn }: Dependencies) {
  return async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> {
    // Listened for from the start: a client that gives up while its request waits for a slot closes
    // the response before the work begins, and a listener added later would never hear it.
    const answered = new Promise((resolve) => response.once('close', resolve));
    const body = await readJsonBody(request, response, requestId);
    if (!body.ok) return;
    const arrived = performance.now();
    const leave = await inFlight.enter();
    if (!leave) return serviceUnavailable(response, 'The service is busy right now. Try again in a moment.', requestId, 1);

    // From the session cookie and x-csrf-token only; no other header says who the client is.
    const auth = signIn ? signIn.authenticate(request) : ANONYMOUS;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: body.value },
      // The socket's address (never a forwarded header): rate limits only.
      context: async () => ({ db, requestId, log: logger.child({ requestId }), loaders: new Map(), auth, clientAddress: request.socket.remoteAddress ?? 'unknown' }),
    });
    // The slot is held until the answer is out and the work has ended (even when the answer went out
    // at the deadline), so a stop that waits for the slots never cuts off an answer being written.
    void Promise.allSettled([execution, answered]).then(leave);
    const result = await withDeadline(execution, REQUEST_DEADLINE_MS - (performance.now() - arrived));
    if (result === TIMED_OUT) {
      logger.warn({ requestId, ms: REQUEST_DEADLINE_MS }, 'request deadline passed');
      return serviceUnavailable(response, 'The request could not be completed in time. Try again in a moment.', requestId);
    }
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    const complete = completeBodyWithRequestId(result, requestId);
    if (complete !== undefined) {
      response.end(complete);
      return;
    }
    if (result.body.kind === 'chunked') {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
    }
    response.end();
  };
}
