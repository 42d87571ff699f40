/** Reading change sets (staff), an entity's history and the publications (public), readers' reports. */
import { randomUUID } from 'node:crypto';
import { badUserInput, notFound } from '../../errors.ts';
import type { Database } from '../../neo4j/database.ts';
import { OPEN_REVISION } from '../../vocabulary/index.ts';
import type { ChangeSetStatusName } from './statements.ts';
import { CLOSE_SUGGESTION, CREATE_SUGGESTION, HISTORY, PUBLICATIONS, READ_CHANGE_SET, READ_CHANGE_SETS, READ_SUGGESTIONS } from './statements.ts';

const MAX_PAGE = 100;

function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1) throw badUserInput('`first` must be a positive whole number.', 'first');
  return Math.min(size, MAX_PAGE);
}

/** Cursors are opaque to clients: base64url of the keyset position. */
const encode = (parts: readonly (string | number)[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');
function decode(cursor: string, shape: 'change-sets' | 'history'): (string | number)[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts[0] === shape && parts.length === 3) return parts as (string | number)[];
  } catch {
    // Falls through to the refusal below.
  }
  throw badUserInput('`after` is not a cursor from this list.', 'after');
}

export async function listChangeSets(db: Database, viewerEmail: string, statuses: readonly ChangeSetStatusName[], first: number | null | undefined, after: string | null | undefined) {
  const limit = pageSize(first, 20);
  const [, afterCreatedAt, afterId] = after ? decode(after, 'change-sets') : ['', '', ''];
  const rows = await db.read(READ_CHANGE_SETS, { statuses: [...statuses], viewerEmail, afterCreatedAt: String(afterCreatedAt), afterId: String(afterId), limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encode(['change-sets', last.changeSet.createdAt ?? '', last.changeSet.id]) : null },
  };
}

export async function readChangeSet(db: Database, id: string) {
  const [row] = await db.read(READ_CHANGE_SET, { id });
  return row ?? null;
}

export async function readHistory(db: Database, entityId: string, first: number | null | undefined, after: string | null | undefined) {
  const limit = pageSize(first, 20);
  const [, beforeRevision, beforeSeq] = after ? decode(after, 'history') : ['', OPEN_REVISION, OPEN_REVISION];
  const rows = await db.read(HISTORY, { id: entityId, beforeRevision: Number(beforeRevision), beforeSeq: Number(beforeSeq), limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encode(['history', last.changeSet.revision ?? 0, last.change.seq]) : null },
  };
}

export async function readPublications(db: Database, first: number | null | undefined) {
  return db.read(PUBLICATIONS, { limit: pageSize(first, 20) });
}

/** An explorer path: no query string (it could carry personal data), no scheme or host. */
const PAGE = /^\/[\w\-./æøåÆØÅ%]{0,199}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function fileSuggestion(db: Database, input: { page: string; entityId?: string | null; text: string }) {
  const text = input.text.trim();
  if (!PAGE.test(input.page) || input.page.includes('?')) throw badUserInput('`page` must be the explorer path the report is about, e.g. /virkemiddel/startlan (no query string).', 'page');
  if (input.entityId && !SLUG.test(input.entityId)) throw badUserInput('`entityId` must be an entity id such as startlan.', 'entityId');
  if (text.length < 5) throw badUserInput('Describe what is wrong or missing (at least a few words).', 'text');
  if (text.length > 2000) throw badUserInput('The report can be at most 2000 characters.', 'text');
  const [row] = await db.write(CREATE_SUGGESTION, { id: randomUUID(), page: input.page, entityId: input.entityId ?? null, text });
  if (!row) throw new Error('The report was not stored.');
  return row;
}

export async function listSuggestions(db: Database, status: 'OPEN' | 'CLOSED', first: number | null | undefined) {
  return (await db.read(READ_SUGGESTIONS, { status, limit: pageSize(first, 50) })).map((row) => row.suggestion);
}

export async function closeSuggestion(db: Database, id: string, note: string, closedBy: string) {
  if (note.trim().length < 3) throw badUserInput('Say what was done about the report (at least a few words).', 'note');
  const [row] = await db.write(CLOSE_SUGGESTION, { id, note: note.trim(), closedBy });
  if (!row) throw notFound(`There is no open report ${id}.`);
  return row.suggestion;
}
