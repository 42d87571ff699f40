import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, parse } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from '../context.ts';
import type { Database } from '../neo4j/database.ts';
import { observabilityPlugin } from './apollo-plugins.ts';
import { formatError } from './format-error.ts';
import { Metrics } from './metrics.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { serveStatic } from './static-files.ts';
import type { Resolvers } from '../generated/graphql.ts';

export interface AppOptions {
  db: Database;
  logger: Logger;
  typeDefs: string[];
  resolvers: Resolvers[];
  /** Built explorer to serve on the same port; skipped when the folder has no index.html. */
  staticDir?: string;
  introspection: boolean;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
}

/** 100 KB: far above any real query, far below what could tie up the parser. */
export const BODY_LIMIT_BYTES = 100 * 1024;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** The fields of `type Query` and its extensions: the only values the metrics' operation label takes. */
function queryFieldNames(typeDefs: readonly string[]): Set<string> {
  const names = typeDefs
    .flatMap((source) => parse(source).definitions)
    .filter((definition) => (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Query')
    .flatMap((definition) => ('fields' in definition ? (definition.fields ?? []) : []).map((field) => field.name.value));
  return new Set(names);
}

function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

function requestError(response: ServerResponse, status: number, code: string, message: string, requestId: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] });
}

/** Builds the API server: GraphQL at /graphql, health, readiness, metrics and the explorer. */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, logger } = options;
  const metrics = new Metrics(db);
  const armor = new ApolloArmor({
    // Apollo's own parser limit answers 400; armor's token plugin would answer 500 on Apollo 5.
    maxTokens: { enabled: false },
    // Fragments colocated with components would otherwise count each spread as a level.
    maxDepth: { enabled: true, n: 10, flattenFragments: true },
    maxAliases: { enabled: true, n: 15 },
    maxDirectives: { enabled: true, n: 20 },
    costLimit: { enabled: true, maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const rootFieldNames = queryFieldNames(options.typeDefs);
  const apollo = new ApolloServer<Context>({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers,
    ...protection,
    plugins: [...protection.plugins, observabilityPlugin(metrics, rootFieldNames)],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    maxRecursiveSelections: true,
    parseOptions: { maxTokens: 1000 },
    formatError,
    logger,
  });
  await apollo.start();

  const server = http.createServer((request, response) => {
    const requestId = requestIdOf(request);
    const started = performance.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader('x-request-id', requestId);
    response.on('finish', () => {
      // Path only, never the query string: a GET query could carry situation answers.
      const path = (request.url ?? '/').split('?')[0];
      logger.info({ requestId, method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    handle(request, response, requestId).catch((error: unknown) => {
      logger.error({ requestId, err: error }, 'request failed');
      if (!response.headersSent) requestError(response, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.', requestId);
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    switch (url.pathname) {
      case '/graphql':
        return handleGraphQL(request, response, url, requestId);
      case '/healthz':
        return sendJson(response, 200, { status: 'ok' });
      case '/readyz':
        try {
          await db.verify();
          return sendJson(response, 200, { status: 'ready' });
        } catch {
          return sendJson(response, 503, { status: 'unavailable', message: 'Neo4j is not reachable.' });
        }
      case '/metrics':
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(await metrics.registry.metrics());
        return;
      default:
        if (options.staticDir && serveStatic(options.staticDir, request, response)) return;
        sendJson(response, 404, { status: 'not found' });
    }
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> {
    let body: unknown;
    if (request.method === 'POST') {
      let text: string;
      try {
        text = await readBody(request, BODY_LIMIT_BYTES);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return requestError(response, 413, 'BAD_USER_INPUT', 'The request body is larger than 100 KB.', requestId);
        throw error;
      }
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        return requestError(response, 400, 'BAD_USER_INPUT', 'The request body is not valid JSON.', requestId);
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ db, requestId, log: logger.child({ requestId }), loaders: new Map() }),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  return { server, apollo, metrics };
}
