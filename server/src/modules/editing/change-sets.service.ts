/**
 * Change sets (decision 0008): drafted by an editor, submitted by their author, published or
 * rejected by a reviewer who is not the author. Each step is one write transaction; publishing
 * applies every change's record operations as one publication, with the audit record, or nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../auth/viewer.ts';
import { ErrorCode, notFound, PublicError } from '../../errors.ts';
import type { Database, WriteTransaction } from '../../neo4j/database.ts';
import { fieldChanges } from '../../revisions/field-changes.ts';
import { announcePublication } from '../../revisions/publication-events.ts';
import { IncompletePublicationError, publishRecords, VersionConflictError, type Publication } from '../../revisions/publish.ts';
import { recordOpSchema, type RecordOp } from '../../revisions/record-ops.ts';
import { NODE_LABELS, OPEN_REVISION, type NodeLabel } from '../../vocabulary/index.ts';
import { z } from 'zod';
import type { CompiledChange, EntityState } from './operations.ts';
import { ADD_CHANGES, CREATE_CHANGE_SET, ENTITY_STATE, MARK_PUBLISHED, READ_CHANGE_SET, REMOVE_CHANGE, SET_CHANGE_SET_STATUS, type StoredChange, type StoredChangeSet } from './statements.ts';

const conflict = (message: string, extra: Record<string, unknown> = {}): PublicError => new PublicError(ErrorCode.CONFLICT, message, { ...extra, http: { status: 409 } });
const forbidden = (message: string, reason: string): PublicError => new PublicError(ErrorCode.FORBIDDEN, message, { reason, http: { status: 403 } });

export interface StoredSet {
  changeSet: StoredChangeSet;
  changes: StoredChange[];
}

async function readSet(tx: Pick<WriteTransaction, 'run'>, id: string): Promise<StoredSet> {
  const [row] = await tx.run(READ_CHANGE_SET, { id });
  if (!row) throw notFound(`There is no change set ${id}.`);
  return row;
}

/** The author's own draft, or a refusal that says why. */
function ownDraft(set: StoredSet, viewer: Viewer): void {
  if (set.changeSet.authorEmail !== viewer.email) throw forbidden('Only the author of a draft can change it.', 'NOT_AUTHOR');
  if (set.changeSet.status !== 'DRAFT') throw conflict(`The change set is ${set.changeSet.status.toLowerCase()}; only a draft takes changes.`, { status: set.changeSet.status });
}

export async function createChangeSet(db: Database, viewer: Viewer, input: { title: string; reason: string }): Promise<StoredSet> {
  const title = input.title.trim();
  const reason = input.reason.trim();
  const problems = [
    ...(title.length < 3 || title.length > 200 ? [{ field: 'title', message: 'must be 3 to 200 characters' }] : []),
    ...(reason.length < 3 || reason.length > 2000 ? [{ field: 'reason', message: 'say why (3 to 2000 characters)' }] : []),
  ];
  if (problems.length > 0) throw new PublicError(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { field: problems[0]?.field, fields: problems });
  const id = randomUUID();
  return db.transaction('editing/create-change-set', async (tx) => {
    await tx.run(CREATE_CHANGE_SET, { changeSet: { id, title, reason, kind: 'EDIT', status: 'DRAFT', authorName: viewer.name, authorEmail: viewer.email } });
    return readSet(tx, id);
  });
}

const labelOf = (labels: readonly string[]): NodeLabel | null => (labels.find((label): label is NodeLabel => (NODE_LABELS as readonly string[]).includes(label)) ?? null);

/** The entity as it is now, with the other records a change names and the sources added earlier in the draft. */
async function entityState(tx: Pick<WriteTransaction, 'run'>, set: StoredSet, entityId: string, otherIds: readonly string[]): Promise<{ state: EntityState | null; existing: Set<string> }> {
  const [row] = await tx.run(ENTITY_STATE, { id: entityId, otherIds: [...new Set(otherIds)], open: OPEN_REVISION });
  const existing = new Set((row?.others ?? []).map((other) => other.id));
  const label = row?.entity ? labelOf(row.entity.labels) : null;
  if (!row?.entity || !label) return { state: null, existing };
  const pendingSources = new Map(
    set.changes.filter((change) => change.operation === 'ADD_SOURCE').map((change) => [change.entityId, String((JSON.parse(change.input) as { confidence?: string }).confidence ?? 'unverified').toLowerCase()] as const),
  );
  const props = row.entity.props;
  const state: EntityState = {
    id: entityId,
    label,
    props,
    version: typeof props.version === 'number' ? props.version : 1,
    links: row.links.map((link) => ({ type: link.type, to: link.to, toLabel: labelOf(link.toLabels) ?? '', props: link.props, toProps: link.toProps })),
    others: new Map(row.others.map((other) => [other.id, { label: labelOf(other.labels) ?? '', confidence: other.confidence }])),
    pendingSources,
  };
  return { state, existing };
}

export interface ChangeRequest {
  changeSetId: string;
  /** The entity the change is about; null for a change that creates its own (a new source). */
  entityId: string | null;
  /** Other ids the change names (sources, actors, targets), to know which exist and what they are. */
  otherIds: readonly string[];
  /** The GraphQL input, kept with the change for its summary and for the audit trail. */
  input: Record<string, unknown>;
  /** `existing`: which of `otherIds` are current records (a new source's id must not be one). */
  compile(state: EntityState | null, existing: ReadonlySet<string>): CompiledChange;
}

/**
 * Adds one change to the viewer's draft: reads the entity as it is now, compiles the operation (field
 * errors refuse it), and stores it with its record operations and field diff. A change drafted on an
 * older version than the current one is refused at once with CONFLICT, before it can wait for review.
 */
export async function addChange(db: Database, viewer: Viewer, request: ChangeRequest): Promise<{ set: StoredSet; changeId: string }> {
  return db.transaction('editing/add-change', async (tx) => {
    const set = await readSet(tx, request.changeSetId);
    ownDraft(set, viewer);
    const { state, existing } = await entityState(tx, set, request.entityId ?? '', request.otherIds);
    if (request.entityId !== null && !state) throw notFound(`There is no entity ${request.entityId} in the graph now.`);
    const compiled = request.compile(state, existing);
    const created = new Set(set.changes.flatMap((change) => storedRecords.parse(JSON.parse(change.records)).flatMap((op) => (op.kind === 'createNode' ? [op.id] : []))));
    const again = compiled.records.find((op) => op.kind === 'createNode' && created.has(op.id));
    if (again) throw new PublicError(ErrorCode.BAD_USER_INPUT, `id: "${again.id}" is already created by another change in this draft.`, { field: 'id', fields: [{ field: 'id', message: 'is already created by another change in this draft' }] });
    if (state && compiled.baseVersion !== state.version) {
      throw conflict(`${state.id} is at version ${state.version}; the change was drafted against version ${compiled.baseVersion}. Reload it and draft the change again.`, {
        conflicts: [{ entityId: state.id, expectedVersion: compiled.baseVersion, currentVersion: state.version }],
      });
    }
    const current = new Map<string, Readonly<Record<string, unknown>>>(state ? [[state.id, state.props], ...state.links.map((link) => [String(link.props.id), link.props] as const)] : []);
    const changeId = randomUUID();
    const [added] = await tx.run(ADD_CHANGES, {
      changeSetId: set.changeSet.id,
      statuses: ['DRAFT'],
      changes: [
        {
          id: changeId,
          operation: compiled.operation,
          entityId: compiled.entityId,
          entityLabel: compiled.entityLabel,
          baseVersion: compiled.baseVersion,
          reason: compiled.reason,
          sourceIds: compiled.sourceIds,
          input: JSON.stringify(request.input),
          records: JSON.stringify(compiled.records),
          fields: JSON.stringify(fieldChanges(compiled.records, current)),
        },
      ],
    });
    if ((added?.added ?? 0) !== 1) throw conflict('The change set stopped being a draft while the change was added.');
    return { set: await readSet(tx, set.changeSet.id), changeId };
  });
}

export async function removeChange(db: Database, viewer: Viewer, changeSetId: string, changeId: string): Promise<StoredSet> {
  return db.transaction('editing/remove-change', async (tx) => {
    ownDraft(await readSet(tx, changeSetId), viewer);
    const [row] = await tx.run(REMOVE_CHANGE, { changeSetId, changeId, authorEmail: viewer.email });
    if ((row?.removed ?? 0) === 0) throw notFound(`The draft has no change ${changeId}.`);
    return readSet(tx, changeSetId);
  });
}

const NO_REVIEWER = { name: '', email: '', note: '' };

export async function submitChangeSet(db: Database, viewer: Viewer, id: string): Promise<StoredSet> {
  return db.transaction('editing/submit', async (tx) => {
    const set = await readSet(tx, id);
    ownDraft(set, viewer);
    if (set.changes.length === 0) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'Add at least one change before sending the change set for review.', { field: 'id' });
    await tx.run(SET_CHANGE_SET_STATUS, { id, from: ['DRAFT'], to: 'SUBMITTED', authorEmail: viewer.email, reviewer: NO_REVIEWER });
    return readSet(tx, id);
  });
}

export async function withdrawChangeSet(db: Database, viewer: Viewer, id: string): Promise<StoredSet> {
  return db.transaction('editing/withdraw', async (tx) => {
    const set = await readSet(tx, id);
    if (set.changeSet.authorEmail !== viewer.email) throw forbidden('Only the author can withdraw a change set.', 'NOT_AUTHOR');
    const [row] = await tx.run(SET_CHANGE_SET_STATUS, { id, from: ['DRAFT', 'SUBMITTED'], to: 'WITHDRAWN', authorEmail: viewer.email, reviewer: NO_REVIEWER });
    if (!row) throw conflict(`The change set is ${set.changeSet.status.toLowerCase()} and can no longer be withdrawn.`, { status: set.changeSet.status });
    return readSet(tx, id);
  });
}

/** Four eyes: the person who wrote a change set never reviews it. */
function otherReviewer(set: StoredSet, viewer: Viewer): void {
  if (set.changeSet.authorEmail === viewer.email) throw forbidden('A change set must be reviewed by someone other than its author.', 'OWN_CHANGE_SET');
  if (set.changeSet.status !== 'SUBMITTED') throw conflict(`The change set is ${set.changeSet.status.toLowerCase()}, not waiting for review.`, { status: set.changeSet.status });
}

export async function rejectChangeSet(db: Database, viewer: Viewer, id: string, note: string): Promise<StoredSet> {
  if (note.trim().length < 3) throw new PublicError(ErrorCode.BAD_USER_INPUT, 'note: tell the author why (at least a few words).', { field: 'note' });
  return db.transaction('editing/reject', async (tx) => {
    otherReviewer(await readSet(tx, id), viewer);
    const [row] = await tx.run(SET_CHANGE_SET_STATUS, { id, from: ['SUBMITTED'], to: 'REJECTED', authorEmail: '', reviewer: { name: viewer.name, email: viewer.email, note: note.trim() } });
    if (!row) throw conflict('The change set is no longer waiting for review.');
    return readSet(tx, id);
  });
}

const storedRecords = z.array(recordOpSchema);

/** Every change's record operations in order, and the version each entity must still have. */
export function publicationOf(changes: readonly StoredChange[]): { ops: RecordOp[]; expectedVersions: Map<string, number> } {
  const ops = changes.flatMap((change) => storedRecords.parse(JSON.parse(change.records)));
  const expectedVersions = new Map<string, number>();
  for (const change of changes) if (!expectedVersions.has(change.entityId)) expectedVersions.set(change.entityId, change.baseVersion);
  return { ops, expectedVersions };
}

export interface PublishHooks {
  /** Called after each statement of the publication (fault-injection tests stop Neo4j here). */
  onStatement?: (name: string) => void;
}

/**
 * Publishes a submitted change set: one transaction that takes the publication lock, checks every
 * version, applies every change and marks the change set published with its revision. A version
 * that moved refuses it all with CONFLICT naming each entity and its current version.
 */
export async function publishChangeSet(db: Database, viewer: Viewer, id: string, note: string | null, hooks: PublishHooks = {}): Promise<{ set: StoredSet; publication: Publication }> {
  try {
    const published = await db.transaction('editing/publish', async (tx) => {
      const set = await readSet(tx, id);
      otherReviewer(set, viewer);
      const { ops, expectedVersions } = publicationOf(set.changes);
      const publication = await publishRecords(tx, ops, { kind: set.changeSet.kind, changeSetId: id, title: set.changeSet.title, expectedVersions, checksum: null, onStatement: hooks.onStatement });
      // After the lock: a second reviewer publishing the same change set finds it published here.
      const [marked] = await tx.run(MARK_PUBLISHED, { id, revision: publication.revision, reviewerName: viewer.name, reviewerEmail: viewer.email, note: note?.trim() || null });
      if (!marked) throw conflict('The change set was published or withdrawn by someone else meanwhile.');
      hooks.onStatement?.(MARK_PUBLISHED.name);
      return { set: await readSet(tx, id), publication };
    });
    // After the commit, never inside the transaction: the driver may retry it, or it may roll back.
    announcePublication({ revision: published.publication.revision });
    return published;
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const names = error.conflicts.map((c) => (c.current === null ? `${c.id} (no longer in the graph)` : c.expected === 0 ? `${c.id} (already exists, version ${c.current})` : `${c.id} (now version ${c.current}, drafted against ${c.expected})`));
      throw conflict(`Someone published a change to ${names.join(', ')} after this change set was drafted. Nothing was published; the author must draft the change again.`, {
        conflicts: error.conflicts.map((c) => ({ entityId: c.id, expectedVersion: c.expected, currentVersion: c.current })),
      });
    }
    if (error instanceof IncompletePublicationError) throw conflict('The graph changed so that the change set no longer applies. Nothing was published; the author must draft it again.');
    throw error;
  }
}
