/**
 * Persistent URIs: `GET /id/{slug}/{id}` and `/id/catalog`, negotiated on `Accept` (or `?format=`).
 * A browser is sent (303 See Other) to the explorer's page for the thing; a program gets its
 * description as Turtle or JSON-LD (200), with `Vary: Accept`, the alternates in `Link` and an
 * ETag of the publication it was read from, so caches revalidate cheaply and refresh when a
 * publication lands. `?asOf=` and `?knownAt=` read it as of a date and as published at a moment.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.ts';
import { ReaderGoneError, sinkOf } from '../exports/sink.ts';
import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { requestError, serviceUnavailable } from '../http/respond.ts';
import type { ReadScope } from '../modules/entity/entity-model.ts';
import { resolveScope } from '../modules/common/scope.ts';
import { REVISION_AT } from '../revisions/statements.ts';
import { catalogUri, entityUri, labelOfSlug, URI_SLUGS, type EntityLabel } from '../vocabulary/index.ts';
import { writeCatalog } from './catalog.ts';
import { describeEntity, latestState } from './describe.ts';
import { FORMATS, negotiate, type Representation } from './negotiate.ts';
import { MEDIA_TYPES, type RdfFormat } from './serialize.ts';

/** Not in ErrorCode (errors.ts belongs to the API as a whole); the lead may move it there. */
const NOT_ACCEPTABLE = 'NOT_ACCEPTABLE';
/** Whole-catalogue streams at once from /id/catalog: each holds a Neo4j transaction open. */
const MAX_CATALOG_STREAMS = 2;
/** The data changes only when a publication lands; the ETag lets a cache check cheaply after this. */
const CACHE_CONTROL = 'public, max-age=300';

/**
 * The explorer's page for each kind of entity (client/src/browse/routes.ts); criteria and sources
 * have none and open in the graph view.
 */
const EXPLORER_PAGES: Partial<Record<EntityLabel, string>> = {
  Instrument: '/virkemiddel/',
  Actor: '/aktor/',
  TargetGroup: '/malgruppe/',
  Goal: '/mal/',
  Strategy: '/strategi/',
  LegalBasis: '/rettsgrunnlag/',
};

const explorerPath = (label: EntityLabel, id: string): string => {
  const prefix = EXPLORER_PAGES[label];
  return prefix ? `${prefix}${encodeURIComponent(id)}` : `/graf?fokus=${encodeURIComponent(id)}`;
};

const STATUS_OF_CODE: Partial<Record<string, number>> = { [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.NOT_FOUND]: 404 };

/** What a path under /id/ names: the catalogue, or one entity. */
type Target = { kind: 'catalog' } | { kind: 'entity'; label: EntityLabel; id: string };

function targetOf(path: string): Target | null {
  if (path === 'catalog') return { kind: 'catalog' };
  const [slug, rawId, ...rest] = path.split('/');
  if (!slug || !rawId || rest.length > 0) return null;
  const label = labelOfSlug(slug);
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return null;
  }
  return label ? { kind: 'entity', label, id } : null;
}

export function createEntityUriHandler(deps: RouteDeps): RouteHandler {
  let catalogStreams = 0;

  return async (request, response, url, requestId) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      requestError(response, 405, ErrorCode.METHOD_NOT_ALLOWED, 'A persistent URI is read with GET.', requestId, { allow: 'GET, HEAD' });
      return;
    }
    const target = targetOf(url.pathname.slice('/id/'.length));
    if (!target) {
      requestError(response, 404, ErrorCode.NOT_FOUND, 'There is no such URI. Entity URIs are /id/{type}/{id}, with the types instrument, actor, target-group, goal, strategy, legal-basis, criterion and source.', requestId);
      return;
    }
    const representation = chooseRepresentation(request, url);
    if (representation === 'bad-format') {
      requestError(response, 400, ErrorCode.BAD_USER_INPUT, '`format` must be html, ttl or jsonld.', requestId);
      return;
    }
    if (representation === null) {
      requestError(response, 406, NOT_ACCEPTABLE, 'This URI is available as text/html, text/turtle and application/ld+json; the Accept header admits none of them.', requestId, { vary: 'Accept' });
      return;
    }
    const base = deps.publicBaseUrl();
    const uri = target.kind === 'catalog' ? catalogUri(base) : entityUri(base, target.label, target.id);
    response.setHeader('vary', 'Accept');
    response.setHeader('link', alternates(uri, target, base));
    try {
      const scope = await resolveScope(deps.db, { asOf: single(url, 'asOf'), knownAt: single(url, 'knownAt') });
      if (representation === 'html') {
        // The explorer would say "not found" with a 200 page; the URI answers for itself.
        if (target.kind === 'entity' && !(await latestState({ db: deps.db, scope, label: target.label, id: target.id }))) return notFound(response, target, requestId);
        return seeOther(response, base, target);
      }
      if (target.kind === 'catalog') return await streamCatalog(request, response, scope, base, representation, requestId);
      await answerDescription(request, response, { scope, base, label: target.label, id: target.id, format: representation, requestId });
    } catch (error) {
      answerError(error, response, requestId);
    }
  };

  async function answerDescription(
    request: IncomingMessage,
    response: ServerResponse,
    what: { scope: ReadScope; base: string; label: EntityLabel; id: string; format: RdfFormat; requestId: string },
  ): Promise<void> {
    // Read before the description: if a publication lands in between, the tag is the older one and the next request refetches.
    const revision = what.scope.knownAt === null ? await newestRevision() : what.scope.revision;
    const etag = `"r${revision}-${what.scope.asOf}-${what.format}"`;
    if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
      response.writeHead(304, { etag, 'cache-control': CACHE_CONTROL }).end();
      return;
    }
    const description = await describeEntity({ db: deps.db, scope: what.scope, base: what.base, label: what.label, id: what.id, format: what.format });
    if (!description) return notFound(response, { label: what.label, id: what.id }, what.requestId);
    const body = Buffer.from(description.body, 'utf8');
    response.writeHead(200, { 'content-type': MEDIA_TYPES[what.format], 'content-length': String(body.length), etag, 'cache-control': CACHE_CONTROL });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function newestRevision(): Promise<number> {
    const [row] = await deps.db.read(REVISION_AT, { knownAt: new Date().toISOString() });
    return row?.revision ?? 0;
  }

  async function streamCatalog(request: IncomingMessage, response: ServerResponse, scope: ReadScope, base: string, format: RdfFormat, requestId: string): Promise<void> {
    if (catalogStreams >= MAX_CATALOG_STREAMS) {
      serviceUnavailable(response, 'Too many catalogue downloads are running. Try again in a moment.', requestId, 10);
      return;
    }
    response.writeHead(200, { 'content-type': MEDIA_TYPES[format], 'cache-control': CACHE_CONTROL });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    catalogStreams += 1;
    try {
      await writeCatalog({ db: deps.db, scope, base, format, write: sinkOf(response) });
      response.end();
    } catch (error) {
      // After the first byte the status cannot change: cut the connection so a client never takes a short file for a whole one.
      if (error instanceof ReaderGoneError) deps.logger.info({ requestId }, 'catalogue download abandoned by the client');
      else deps.logger.error({ requestId, err: error }, 'catalogue download failed part-way; the connection was cut');
      response.destroy();
    } finally {
      catalogStreams -= 1;
    }
  }

  function answerError(error: unknown, response: ServerResponse, requestId: string): void {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code === ErrorCode.SERVICE_UNAVAILABLE && error instanceof GraphQLError) return serviceUnavailable(response, error.message, requestId);
    const status = typeof code === 'string' ? STATUS_OF_CODE[code] : undefined;
    if (error instanceof GraphQLError && typeof code === 'string' && status !== undefined) return requestError(response, status, code, error.message, requestId);
    deps.logger.error({ requestId, err: error }, 'persistent URI failed');
    if (!response.headersSent) requestError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.', requestId);
    else response.destroy();
  }
}

function notFound(response: ServerResponse, target: { label: EntityLabel; id: string }, requestId: string): void {
  requestError(response, 404, ErrorCode.NOT_FOUND, `There is no ${URI_SLUGS[target.label]} with the id "${target.id}".`, requestId);
}

/** `?format=` wins over `Accept`; an unknown value is the client's mistake. */
function chooseRepresentation(request: IncomingMessage, url: URL): Representation | null | 'bad-format' {
  const format = url.searchParams.get('format');
  if (format !== null) return FORMATS[format.toLowerCase()] ?? 'bad-format';
  return negotiate(request.headers.accept);
}

/** A parameter given once; given twice it is ambiguous, and the first is not silently preferred. */
function single(url: URL, key: 'asOf' | 'knownAt'): string | null {
  const values = url.searchParams.getAll(key);
  if (values.length > 1) throw new GraphQLError(`"${key}" is given more than once.`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return values[0] ?? null;
}

function seeOther(response: ServerResponse, base: string, target: Target): void {
  const location = target.kind === 'catalog' ? `${base}/` : `${base}${explorerPath(target.label, target.id)}`;
  response.writeHead(303, { location, 'cache-control': CACHE_CONTROL }).end();
}

function alternates(uri: string, target: Target, base: string): string {
  const html = target.kind === 'catalog' ? `${base}/` : `${base}${explorerPath(target.label, target.id)}`;
  return [`<${uri}?format=ttl>; rel="alternate"; type="text/turtle"`, `<${uri}?format=jsonld>; rel="alternate"; type="application/ld+json"`, `<${html}>; rel="alternate"; type="text/html"`].join(', ');
}
