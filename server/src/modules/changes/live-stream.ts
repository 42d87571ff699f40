/**
 * GET or POST /graphql/stream: the `changePublished` subscription over Server-Sent Events, in the
 * graphql-sse protocol's distinct connections mode (one event stream per subscription; no tokens,
 * no sign-in). Built on graphql-sse's server-agnostic `createHandler` with a small adapter of our
 * own rather than its `use/http` one, which reads a request body without a limit and gives no hold
 * on the open streams: here a body is read with a 16 KB limit, open streams are counted (at most
 * 100 at once, then 503) and `close()` ends every one, so a server that drains is never held open
 * by a reader's browser tab. Only subscriptions are executed; queries and mutations go to /graphql
 * with its limits. Errors are masked as on /graphql (formatError).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, getOperationAST, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { createHandler, type OperationArgs, type Request as SseRequest } from 'graphql-sse';
import type { Logger } from 'pino';
import { ANONYMOUS } from '../../auth/viewer.ts';
import type { Context } from '../../context.ts';
import { ErrorCode } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { formatError } from '../../http/format-error.ts';
import { BodyTooLargeError, readBody } from '../../http/read-body.ts';
import { requestError, serviceUnavailable } from '../../http/respond.ts';
import type { RouteHandler } from '../../http/route.ts';
import type { Database } from '../../neo4j/database.ts';
import { createChangeHub, type ChangeHub } from './hub.ts';

export const MAX_LIVE_STREAMS = 100;
const BODY_LIMIT_BYTES = 16 * 1024;
/** As Apollo's parser limit on /graphql: a subscription document needs far fewer. */
const MAX_TOKENS = 1000;

export interface LiveChangesOptions {
  db: Database;
  logger: Logger;
  typeDefs: readonly string[];
  resolvers: readonly Resolvers[];
  maxStreams?: number;
  /** How often the watcher looks for publications from other processes. */
  watchIntervalMs?: number;
}

export interface LiveChanges {
  handle: RouteHandler;
  /** Streams open now. */
  readonly openStreams: number;
  /** Ends every open stream and stops the watcher; later requests are the server's to refuse. */
  close(): void;
}

/** graphql-sse wants an indexable context; the resolvers see the usual one. */
type LiveContext = Context & Record<PropertyKey, unknown>;

interface RequestInfo {
  requestId: string;
  clientAddress: string;
}

const refusal = (message: string): [string, { status: number; statusText: string; headers: Record<string, string> }] => [
  JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] }),
  { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } },
];

/** Parses the document with the token limit, and admits subscriptions only. */
function subscriptionDocument(query: string): DocumentNode | string {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return error instanceof GraphQLError ? error.message : 'The query could not be parsed.';
  }
  const operation = getOperationAST(document);
  if (!operation) return 'Send exactly one operation (or name it with operationName).';
  return operation.operation === 'subscription' ? document : 'Only subscriptions are served at /graphql/stream; send queries and mutations to /graphql.';
}

/** Errors as /graphql shows them: our public messages, everything else a fixed sentence (and logged). */
function masked(result: ExecutionResult, logger: Logger, requestId: string): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const formatted = formatError(error.toJSON(), error);
    if (formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error({ requestId, err: error.originalError ?? error }, 'live change feed: subscription failed');
    return new GraphQLError(formatted.message, { extensions: formatted.extensions, ...(formatted.path ? { path: formatted.path } : {}) });
  });
  return { ...result, errors };
}

export function createLiveChanges(options: LiveChangesOptions): LiveChanges {
  const { db, logger } = options;
  const maxStreams = options.maxStreams ?? MAX_LIVE_STREAMS;
  const hub: ChangeHub = createChangeHub(db, logger, options.watchIntervalMs);
  const schema = makeExecutableSchema({ typeDefs: [...options.typeDefs], resolvers: [...options.resolvers] });
  const open = new Set<AsyncGenerator<string, void, undefined>>();
  let admitted = 0;

  const handler = createHandler<IncomingMessage, RequestInfo, LiveContext>({
    schema,
    // Distinct connections only: no reserved streams, so no tokens to guess or leak.
    authenticate: () => null,
    onSubscribe: (request: SseRequest<IncomingMessage, RequestInfo>, params): OperationArgs<LiveContext> | ReturnType<typeof refusal> => {
      const document = subscriptionDocument(params.query);
      if (typeof document === 'string') return refusal(document);
      const { requestId, clientAddress } = request.context;
      const contextValue: LiveContext = { db, requestId, log: logger.child({ requestId }), loaders: new Map(), auth: ANONYMOUS, clientAddress };
      return { schema, document, operationName: params.operationName ?? null, variableValues: params.variables ?? null, contextValue };
    },
    onNext: (context, _request, result) => masked(result as ExecutionResult, logger, context.requestId),
  });

  async function stream(request: IncomingMessage, response: ServerResponse, requestId: string, body: string | null): Promise<void> {
    const accept = request.headers.accept ?? '';
    const [answer, init] = await handler({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      // graphql-sse compares the whole header; a browser's EventSource and the graphql-sse client send exactly this.
      headers: { get: (key) => (key === 'accept' ? (accept.includes('text/event-stream') ? 'text/event-stream' : accept) : ([request.headers[key]].flat()[0] ?? null)) },
      body,
      raw: request,
      context: { requestId, clientAddress: request.socket.remoteAddress ?? 'unknown' },
    });
    if (!answer || typeof answer === 'string') {
      if (init.status >= 400) {
        const message = answer ? ((JSON.parse(answer) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? init.statusText) : init.statusText;
        requestError(response, init.status, init.status === 405 ? ErrorCode.METHOD_NOT_ALLOWED : ErrorCode.BAD_USER_INPUT, message, requestId, init.status === 405 ? { allow: 'GET, POST' } : {});
        return;
      }
      response.writeHead(init.status, init.statusText, init.headers).end(answer ?? undefined);
      return;
    }
    // No proxy may hold events back to fill a buffer.
    response.writeHead(init.status, init.statusText, { ...init.headers, 'x-accel-buffering': 'no' });
    const stop = (): void => void answer.return(undefined);
    open.add(answer);
    response.once('close', stop);
    try {
      for await (const chunk of answer) {
        if (!response.writable) break;
        // Waits for the socket to take each event: a slow reader holds its own stream back, not the server.
        await new Promise<void>((resolve, reject) => response.write(chunk, (error) => (error ? reject(error) : resolve())));
      }
    } catch (error) {
      logger.info({ requestId, err: error }, 'live change feed: a stream ended early');
    } finally {
      response.off('close', stop);
      open.delete(answer);
    }
    response.end();
  }

  const handle: RouteHandler = async (request, response, _url, requestId) => {
    if (request.method !== 'GET' && request.method !== 'POST') {
      requestError(response, 405, ErrorCode.METHOD_NOT_ALLOWED, 'Live updates are read with GET (EventSource) or POST (the graphql-sse client).', requestId, { allow: 'GET, POST' });
      return;
    }
    if (!(request.headers.accept ?? '').includes('text/event-stream')) {
      requestError(response, 406, ErrorCode.BAD_USER_INPUT, 'Live updates are an event stream: send "Accept: text/event-stream" (EventSource and the graphql-sse client do).', requestId);
      return;
    }
    if (admitted >= maxStreams) {
      serviceUnavailable(response, 'Too many live connections are open. Try again in a moment.', requestId, 10);
      return;
    }
    admitted += 1;
    try {
      let body: string | null = null;
      if (request.method === 'POST') {
        try {
          body = await readBody(request, BODY_LIMIT_BYTES);
        } catch (error) {
          if (!(error instanceof BodyTooLargeError)) throw error;
          requestError(response, 413, ErrorCode.BAD_USER_INPUT, 'The request body is larger than 16 KB.', requestId);
          return;
        }
      }
      await stream(request, response, requestId, body);
    } finally {
      admitted -= 1;
    }
  };

  return {
    handle,
    get openStreams() {
      return open.size;
    },
    close() {
      hub.close();
      for (const answer of open) void answer.return(undefined);
    },
  };
}
