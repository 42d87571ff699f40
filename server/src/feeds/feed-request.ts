/**
 * What a feed URL asks for: the whole graph (/feeds/changes.atom), one entity type
 * (/feeds/{slug}.atom, the slugs of the persistent URIs) or one entity (/feeds/{slug}/{id}.atom),
 * with `?since=` (a date-time or a date), `?lang=nb|nn|en` and `?after=` (the next page's cursor).
 */
import { badUserInput } from '../errors.ts';
import { decodeChangeCursor, checkSince } from '../modules/changes/changes.service.ts';
import type { Lang } from '../modules/common/lang.ts';
import { labelOfSlug, type EntityLabel } from '../vocabulary/index.ts';

export type FeedTarget = { kind: 'all' } | { kind: 'type'; label: EntityLabel } | { kind: 'entity'; label: EntityLabel; id: string };

export interface FeedRequest {
  target: FeedTarget;
  since: string | null;
  lang: Lang;
  after: string | null;
}

/** The feed a path below /feeds/ names, or undefined when it names none. */
export function feedTarget(path: string): FeedTarget | undefined {
  if (path === 'changes.atom') return { kind: 'all' };
  const typeFeed = /^([a-z-]+)\.atom$/.exec(path);
  if (typeFeed) {
    const label = labelOfSlug(typeFeed[1] ?? '');
    return label ? { kind: 'type', label } : undefined;
  }
  const entityFeed = /^([a-z-]+)\/([^/]+)\.atom$/.exec(path);
  if (entityFeed) {
    const label = labelOfSlug(entityFeed[1] ?? '');
    let id: string;
    try {
      id = decodeURIComponent(entityFeed[2] ?? '');
    } catch {
      return undefined;
    }
    return label && id !== '' ? { kind: 'entity', label, id } : undefined;
  }
  return undefined;
}

const LANGS: Record<string, Lang> = { nb: 'NB', nn: 'NN', en: 'EN' };

/** The query string's options; a malformed or future `since`, an unknown language or a foreign cursor is BAD_USER_INPUT. */
export function feedOptions(url: URL, now: Date = new Date()): Omit<FeedRequest, 'target'> {
  const since = url.searchParams.get('since');
  const langParam = (url.searchParams.get('lang') ?? 'nb').toLowerCase();
  const lang = LANGS[langParam];
  if (!lang) throw badUserInput('`lang` must be nb, nn or en.', 'lang');
  const after = url.searchParams.get('after');
  if (after !== null) decodeChangeCursor(after);
  return { since: since === null ? null : checkSince(since, now), lang, after };
}
