/**
 * Reading the change feed: published changes newest first, one keyset page per round trip, for the
 * GraphQL `changes` field, the Atom feeds and the live-update watcher alike.
 */
import { badUserInput } from '../../errors.ts';
import type { Database } from '../../neo4j/database.ts';
import { OPEN_REVISION, TYPE_LABELS, type EntityLabel, type EntityTypeName } from '../../vocabulary/index.ts';
import { isIsoDate } from '../common/date-scalar.ts';
import { CHANGES, CHANGES_OF_ENTITIES, type ChangeRow } from './statements.ts';

export const MAX_PAGE = 100;
/** A feed of "these entities" names a handful; more is a harvest, which `changes` without ids serves. */
export const MAX_IDS = 50;
/** `since` absent: every publication (the epoch is before the first). */
const BEGINNING = '1970-01-01T00:00:00.000Z';

export interface ChangeFilter {
  /** An ISO instant (checked by `checkSince`); null for the whole history. */
  since: string | null;
  /** Empty: every entity type. */
  labels: readonly EntityLabel[];
  /** Empty: every entity. */
  ids: readonly string[];
}

export interface ChangePage {
  rows: ChangeRow[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The position of a row in the feed: its publication's revision, then its change's order (0: the publication itself). */
export const positionOf = (row: ChangeRow): [number, number] => [row.publication.revision, row.change?.seq ?? 0];

/** Cursors are opaque to clients: base64url of the keyset position. */
export const encodeChangeCursor = (row: ChangeRow): string => Buffer.from(JSON.stringify(['changes', ...positionOf(row)])).toString('base64url');

export function decodeChangeCursor(cursor: string): [number, number] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === 3 && parts[0] === 'changes' && Number.isSafeInteger(parts[1]) && Number.isSafeInteger(parts[2])) return [parts[1] as number, parts[2] as number];
  } catch {
    // Falls through to the refusal below.
  }
  throw badUserInput('`after` is not a cursor from the change feed; pass a page\'s `endCursor` unchanged.', 'after');
}

export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1) throw badUserInput('`first` must be a positive whole number.', 'first');
  return Math.min(size, MAX_PAGE);
}

/** The labels of the GraphQL `EntityType` values asked for; none or an empty list means every type. */
export const labelsOfTypes = (types: readonly EntityTypeName[] | null | undefined): EntityLabel[] => [...new Set((types ?? []).map((type) => TYPE_LABELS[type]))];

export function checkIds(ids: readonly string[] | null | undefined): string[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > MAX_IDS) throw badUserInput(`\`ids\` may name at most ${MAX_IDS} entities; leave it out to follow every change.`, 'ids');
  return unique;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Midnight at the start of `day` in Norway, as an instant: a date means a Norwegian calendar day here. */
function startOfDayInNorway(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' }).formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(offset);
  const zone = match ? `${match[1]}:${match[2] ?? '00'}` : 'Z';
  return new Date(`${day}T00:00:00${zone}`).toISOString();
}

/**
 * `since` as an instant: an ISO date-time with an offset, or (in a feed URL) a date, read as the
 * start of that day in Norway. Malformed, or later than now, is the client's mistake: nothing can
 * have been published after now, so a future `since` is almost certainly a wrong clock or a typo.
 */
export function checkSince(value: string, now: Date = new Date()): string {
  const text = value.trim();
  const day = text.slice(0, 10);
  const instant = isIsoDate(text) ? startOfDayInNorway(text) : ISO_INSTANT.test(text) && isIsoDate(day) && !Number.isNaN(Date.parse(text)) ? new Date(Date.parse(text)).toISOString() : null;
  if (instant === null) throw badUserInput('`since` must be an ISO 8601 date-time with an offset (2026-12-01T08:00:00Z) or a date (2026-12-01).', 'since');
  if (Date.parse(instant) > now.getTime()) throw badUserInput(`\`since\` (${instant}) is in the future; nothing has been published after now.`, 'since');
  return instant;
}

/**
 * One page of the feed, newest first, continuing after `after` (a cursor from an earlier page). A
 * feed of named entities reads from the change index by entity id; the rest read the publications
 * in revision order. One round trip either way: `limit + 1` rows tell whether there is more.
 */
export async function readChanges(db: Pick<Database, 'read'>, filter: ChangeFilter, limit: number, after: string | null | undefined): Promise<ChangePage> {
  const [beforeRevision, beforeSeq] = after ? decodeChangeCursor(after) : [OPEN_REVISION, OPEN_REVISION];
  const common = { beforeRevision, beforeSeq, since: filter.since ?? BEGINNING, labels: [...filter.labels], limit: limit + 1 };
  const rows = filter.ids.length > 0 ? await db.read(CHANGES_OF_ENTITIES, { ...common, ids: [...filter.ids] }) : await db.read(CHANGES, { ...common, afterRevision: 0 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, hasNextPage: rows.length > limit, endCursor: last ? encodeChangeCursor(last) : null };
}

/**
 * Everything published after revision `afterRevision`, oldest first: what the live-update watcher
 * sends when it sees new publications. At most the newest `maxRows` (a seed import can record
 * thousands of changes; live clients get those and can read the rest from the feed).
 */
export async function readPublishedAfter(db: Pick<Database, 'read'>, afterRevision: number, maxRows: number): Promise<{ rows: ChangeRow[]; complete: boolean }> {
  const rows: ChangeRow[] = [];
  let [beforeRevision, beforeSeq] = [OPEN_REVISION, OPEN_REVISION];
  while (rows.length < maxRows) {
    const limit = Math.min(MAX_PAGE * 5, maxRows - rows.length);
    const page = await db.read(CHANGES, { beforeRevision, beforeSeq, afterRevision, since: BEGINNING, labels: [], limit: limit + 1 });
    rows.push(...page.slice(0, limit));
    const last = page.slice(0, limit).at(-1);
    if (page.length <= limit || !last) return { rows: rows.reverse(), complete: true };
    [beforeRevision, beforeSeq] = positionOf(last);
  }
  return { rows: rows.reverse(), complete: false };
}
