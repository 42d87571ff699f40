import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, parse } from 'graphql';
import type { Logger } from 'pino';
import type { Auth } from '../auth/auth.ts';
import type { Context } from '../context.ts';
import type { Database } from '../neo4j/database.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { observabilityPlugin } from './apollo-plugins.ts';
import { formatError } from './format-error.ts';
import { createGraphQLHandler } from './graphql-handler.ts';
import { InFlight } from './in-flight.ts';
import { Metrics } from './metrics.ts';
import { RETRY_AFTER_SECONDS, requestError, sendJson, serviceUnavailable } from './respond.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { serveStatic } from './static-files.ts';
import { knownRootOperationTypeRule } from './validation-rules.ts';
import { createExportHandler } from '../exports/http.ts';
import { createFeedHandler } from '../feeds/http.ts';
import { createEntityUriHandler } from '../linked-data/http.ts';
import { createLiveChanges, type LiveChanges } from '../modules/changes/live-stream.ts';
import type { RouteDeps } from './route.ts';

export interface AppOptions {
  db: Database;
  logger: Logger;
  typeDefs: string[];
  resolvers: Resolvers[];
  /** Built explorer to serve on the same port; skipped when the folder has no index.html. */
  staticDir?: string;
  introspection: boolean;
  /** GraphQL requests worked on at once; a few more wait briefly, the rest are refused with 503. */
  maxInFlight?: number;
  /** Sign-in, sessions and CSRF (server/src/auth); without it every request is anonymous and /auth/* is 404. */
  auth?: Auth;
  /** The origin of persistent URIs and feed links (VMK_PUBLIC_URL); default the address the server listens on. */
  publicBaseUrl?: string;
}

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  inFlight: InFlight;
  /** Live updates at /graphql/stream (Server-Sent Events): open streams, ended by close(). */
  liveChanges: LiveChanges;
  /**
   * Stops taking requests, lets the ones in hand finish for at most `drainMs`, then closes every
   * connection and stops Apollo. Requests arriving meanwhile get 503 and `connection: close`.
   */
  close(drainMs: number): Promise<void>;
}

/**
 * Eight requests per core run at once, four per running slot wait up to 5 s (the wait counts toward
 * the request deadline), the rest are refused at once. Fewer running (two per core) shortened a
 * 200-situation burst's slowest answer from 5.8 s to 1.4 s, but the wizard, which asks for a
 * situation on every answer, then showed a caseworker "Noe gikk galt" on a cold server
 * (e2e/wizard.e2e.test.ts). The real fix is a cheaper situation (issue 13); docs/reliability.md.
 */
export const DEFAULT_MAX_IN_FLIGHT = 8 * os.availableParallelism();
const QUEUE_PER_SLOT = 4;
const MAX_QUEUE_WAIT_MS = 5_000;

/**
 * Slow clients are cut off: all headers within 10 s, the whole request within 15 s, idle
 * keep-alive connections after 5 s; the server checks every second instead of every 30 s.
 */
const SERVER_TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

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

function createApollo(options: AppOptions, metrics: Metrics): ApolloServer<Context> {
  const armor = new ApolloArmor({
    // Apollo's own parser limit answers 400; armor's token plugin would answer 500 on Apollo 5.
    maxTokens: { enabled: false },
    // Fragments colocated with components would otherwise count each spread as a level.
    maxDepth: { enabled: true, n: 10, flattenFragments: true },
    // An empty allow-list: `a1: __typename … a100: __typename` counts like any other alias.
    maxAliases: { enabled: true, n: 15, allowList: [] },
    maxDirectives: { enabled: true, n: 20 },
    costLimit: { enabled: true, maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return new ApolloServer<Context>({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers,
    ...protection,
    // No @cacheControl hints in the schema: without this Apollo wraps every field resolver to compute them.
    plugins: [...protection.plugins, observabilityPlugin(metrics, queryFieldNames(options.typeDefs)), ApolloServerPluginCacheControlDisabled()],
    validationRules: [...protection.validationRules, knownRootOperationTypeRule],
    allowBatchedHttpRequests: false,
    // Automatic persisted queries would let anyone fill a server-side cache; the explorer sends full documents.
    persistedQueries: false,
    csrfPrevention: true,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    maxRecursiveSelections: true,
    parseOptions: { maxTokens: 1000 },
    // The process owns its signals (main.ts): Apollo's own handler raced it and left stop() hanging.
    stopOnTerminationSignals: false,
    formatError,
    logger: options.logger,
  });
}

function publicBaseUrlOf(configured: string | undefined, server: http.Server): string {
  if (configured) return configured.replace(/\/+$/, '');
  const address = server.address();
  if (!address || typeof address === 'string') return 'http://localhost';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
}

/** Builds the API server: GraphQL at /graphql, health, readiness, metrics and the explorer. */
export async function createApp(options: AppOptions): Promise<App> {
  const { db, logger } = options;
  const metrics = new Metrics(db);
  const apollo = createApollo(options, metrics);
  await apollo.start();
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const inFlight = new InFlight(maxInFlight, QUEUE_PER_SLOT * maxInFlight, MAX_QUEUE_WAIT_MS);
  metrics.inFlightSource = () => inFlight.size;
  const handleGraphQL = createGraphQLHandler({ apollo, db, logger, inFlight, auth: options.auth });
  let draining = false;
  const routeDeps: RouteDeps = { db, logger, publicBaseUrl: () => publicBaseUrlOf(options.publicBaseUrl, server) };
  const handleEntityUri = createEntityUriHandler(routeDeps);
  const handleExport = createExportHandler(routeDeps);
  const handleFeed = createFeedHandler(routeDeps);
  const liveChanges = createLiveChanges({ db, logger, typeDefs: options.typeDefs, resolvers: options.resolvers });

  const server = http.createServer(SERVER_TIMEOUTS, (request, response) => {
    const requestId = requestIdOf(request);
    const started = performance.now();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    response.setHeader('x-request-id', requestId);
    response.on('finish', () => {
      // Path only, never the query string: a GET query could carry personal data.
      const path = (request.url ?? '/').split('?')[0];
      logger.info({ requestId, method: request.method, path, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    if (draining) {
      response.setHeader('connection', 'close');
      serviceUnavailable(response, 'The server is restarting. Try again in a moment.', requestId);
      return;
    }
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
      case '/graphql/stream':
        return liveChanges.handle(request, response, url, requestId);
      case '/auth/login':
      case '/auth/callback':
      case '/auth/logout':
      case '/auth/session':
        if (options.auth) return options.auth.handle(request, response, url, requestId);
        return sendJson(response, 404, { status: 'not found' });
      case '/healthz':
        return sendJson(response, 200, { status: 'ok' });
      case '/readyz':
        // Ready means a query completes now, not merely that a socket opens.
        return (await db.ping())
          ? sendJson(response, 200, { status: 'ready' })
          : sendJson(response, 503, { status: 'unavailable', message: 'Neo4j is not answering queries.' }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
      case '/metrics':
        response.writeHead(200, { 'content-type': metrics.registry.contentType });
        response.end(await metrics.registry.metrics());
        return;
      default:
        if (url.pathname.startsWith('/id/')) return handleEntityUri(request, response, url, requestId);
        if (url.pathname.startsWith('/export/')) return handleExport(request, response, url, requestId);
        if (url.pathname.startsWith('/feeds/')) return handleFeed(request, response, url, requestId);
        if (options.staticDir && serveStatic(options.staticDir, request, response, requestId)) return;
        sendJson(response, 404, { status: 'not found' });
    }
  }

  async function close(drainMs: number): Promise<void> {
    draining = true;
    // An open event stream never finishes by itself: end them first, or the drain waits for every reader's tab.
    liveChanges.close();
    // close() also closes the idle keep-alive connections; the busy ones finish their answer first.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await inFlight.whenIdle(drainMs);
    server.closeAllConnections();
    await closed;
    await apollo.stop();
  }

  return { server, apollo, metrics, inFlight, liveChanges, close };
}
