/**
 * Atom feeds of the change feed under /feeds/: everything (/feeds/changes.atom), one entity type
 * (/feeds/instrument.atom …) and one entity (/feeds/instrument/startlan.atom), so a NAV office or a
 * municipality can follow changes in any feed reader. At most 50 entries a page, newest first, with
 * RFC 5005 `next` links to older pages. Feed readers poll: the ETag and Last-Modified follow the
 * newest publication, so an unchanged feed costs one indexed read and a 304.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode, notFound } from '../errors.ts';
import type { RouteDeps, RouteHandler } from '../http/route.ts';
import { requestError } from '../http/respond.ts';
import { readChanges } from '../modules/changes/changes.service.ts';
import { entryOf, isoInstant, nameOf } from '../modules/changes/entries.ts';
import { FEED_ENTITY, NEWEST_PUBLICATION } from '../modules/changes/statements.ts';
import { entityUri } from '../vocabulary/index.ts';
import { renderAtom, type AtomLink } from './atom.ts';
import { atomEntryOf, feedSubtitle, feedTitle } from './feed-entries.ts';
import { feedOptions, feedTarget, type FeedRequest, type FeedTarget } from './feed-request.ts';

export const FEED_PAGE_SIZE = 50;
const ATOM = 'application/atom+xml; charset=utf-8';
const STATUS_OF_CODE: Partial<Record<string, number>> = { [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.NOT_FOUND]: 404, [ErrorCode.SERVICE_UNAVAILABLE]: 503 };
/** Before the first publication a feed has never changed: its Last-Modified is the epoch. */
const EPOCH = '1970-01-01T00:00:00.000Z';

interface FeedState {
  /** The newest publication's revision and time: what the validators follow. */
  revision: number;
  publishedAt: string;
  /** The entity of an entity feed, by its name now. */
  entityName: string;
}

/** The newest publication and, for an entity feed, the entity (404 when there is none with that type and id). */
async function feedState(deps: RouteDeps, target: FeedTarget, lang: FeedRequest['lang']): Promise<FeedState> {
  if (target.kind !== 'entity') {
    const [newest] = await deps.db.read(NEWEST_PUBLICATION, {});
    return { revision: newest?.revision ?? 0, publishedAt: newest?.publishedAt ? isoInstant(newest.publishedAt) : EPOCH, entityName: '' };
  }
  const [row] = await deps.db.read(FEED_ENTITY, { id: target.id, label: target.label });
  if (!row?.entity) throw notFound(`There is no ${target.label} with the id "${target.id}", so it has no feed.`);
  return { revision: row.revision, publishedAt: row.publishedAt ? isoInstant(row.publishedAt) : EPOCH, entityName: nameOf(row.entity, target.id, lang) };
}

/** Weak: the same entries may be written differently by another version of this server. */
function etagOf(state: FeedState, url: URL): string {
  const variant = createHash('sha256').update(`${url.pathname}?${[...url.searchParams].sort().join('&')}`).digest('base64url').slice(0, 16);
  return `W/"r${state.revision}-${variant}"`;
}

/** True when the client's copy is current (If-None-Match wins over If-Modified-Since, RFC 9110 13.2.2). */
function notModified(request: IncomingMessage, etag: string, lastModified: string): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const ifModifiedSince = request.headers['if-modified-since'];
  if (!ifModifiedSince) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(lastModified) <= since;
}

function pageUrl(base: string, url: URL, after: string | null): string {
  const next = new URL(url.pathname, base);
  for (const [key, value] of url.searchParams) if (key !== 'after') next.searchParams.set(key, value);
  if (after) next.searchParams.set('after', after);
  return next.href;
}

async function writeFeed(deps: RouteDeps, request: IncomingMessage, response: ServerResponse, url: URL, feed: FeedRequest): Promise<void> {
  const state = await feedState(deps, feed.target, feed.lang);
  const etag = etagOf(state, url);
  // HTTP dates have whole seconds: a publication later in the same second still changes the ETag.
  const lastModified = new Date(Math.floor(Date.parse(state.publishedAt) / 1000) * 1000).toUTCString();
  const validators = { etag, 'last-modified': lastModified, 'cache-control': 'public, max-age=60' };
  if (notModified(request, etag, new Date(lastModified).toISOString())) {
    response.writeHead(304, validators).end();
    return;
  }
  const target = feed.target;
  const filter = { since: feed.since, labels: target.kind === 'all' ? [] : [target.label], ids: target.kind === 'entity' ? [target.id] : [] };
  const page = await readChanges(deps.db, filter, FEED_PAGE_SIZE, feed.after);
  const base = deps.publicBaseUrl();
  const entries = page.rows.map((row) => entryOf(row, feed.lang));
  const links: AtomLink[] = [
    { rel: 'self', href: pageUrl(base, url, feed.after), type: 'application/atom+xml' },
    { rel: 'alternate', href: target.kind === 'entity' ? entityUri(base, target.label, target.id) : `${base}/siste-endringer`, type: 'text/html' },
    { rel: 'first', href: pageUrl(base, url, null), type: 'application/atom+xml' },
    ...(page.hasNextPage && page.endCursor ? [{ rel: 'next' as const, href: pageUrl(base, url, page.endCursor), type: 'application/atom+xml' }] : []),
  ];
  const body = renderAtom({
    id: `${base}${url.pathname}`,
    title: feedTitle(target, state.entityName, feed.lang),
    subtitle: feedSubtitle(feed.lang),
    updated: entries[0]?.publication.publishedAt ?? state.publishedAt,
    lang: feed.lang.toLowerCase(),
    author: 'Virkemiddelkart',
    links,
    entries: entries.map((entry) => atomEntryOf(entry, base, feed.lang)),
  });
  response.writeHead(200, { 'content-type': ATOM, ...validators });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function answerError(error: unknown, response: ServerResponse, url: URL, requestId: string, deps: RouteDeps): void {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status = typeof code === 'string' ? STATUS_OF_CODE[code] : undefined;
  if (error instanceof GraphQLError && typeof code === 'string' && status !== undefined) {
    // A client's mistake or Neo4j away: worth a line, not an error.
    deps.logger.info({ requestId, path: url.pathname, code }, 'feed refused');
    requestError(response, status, code, error.message, requestId);
    return;
  }
  deps.logger.error({ requestId, path: url.pathname, err: error }, 'feed failed');
  requestError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.', requestId);
}

export function createFeedHandler(deps: RouteDeps): RouteHandler {
  return async (request, response, url, requestId) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      requestError(response, 405, ErrorCode.METHOD_NOT_ALLOWED, 'Feeds are read with GET.', requestId, { allow: 'GET, HEAD' });
      return;
    }
    const path = url.pathname.slice('/feeds/'.length);
    const target = feedTarget(path);
    if (!target) {
      requestError(response, 404, ErrorCode.NOT_FOUND, `There is no feed "${path}". Feeds: /feeds/changes.atom, /feeds/{type}.atom (instrument, actor, target-group, goal, strategy, legal-basis, criterion, source) and /feeds/{type}/{id}.atom.`, requestId);
      return;
    }
    try {
      await writeFeed(deps, request, response, url, { target, ...feedOptions(url) });
    } catch (error) {
      answerError(error, response, url, requestId, deps);
    }
  };
}
