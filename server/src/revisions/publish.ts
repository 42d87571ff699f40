/**
 * Applies record operations as one publication (decision 0008), inside the caller's write
 * transaction: take the lock and the next revision, check the versions the operations were drafted
 * against, version every record whose aggregate changes (copy on write), then close, create and
 * patch. Any refusal throws before a write, and any failure after one rolls the whole
 * transaction back, the revision number and the audit record with it.
 */
import type { WriteTransaction } from '../neo4j/database.ts';
import { orderKeys } from '../seed/order-keys.ts';
import { isEntityLabel, OPEN_REVISION, type PublicationKind } from '../vocabulary/index.ts';
import { touchedIds, type RecordOp, type RecordProps } from './record-ops.ts';
import {
  CLOSE_NODES,
  CLOSE_RELATIONSHIPS,
  CREATE_NODES,
  CREATE_RELATIONSHIPS,
  CURRENT_VERSIONS,
  LOCK_PUBLICATIONS,
  PATCH_NODES,
  PATCH_RELATIONSHIPS,
  RECORD_PUBLICATION,
  VERSION_NODE,
} from './statements.ts';

export interface PublicationRequest {
  kind: PublicationKind;
  changeSetId: string;
  title: string;
  /** The version each entity must still have (0: it must not exist yet); ids not listed are not checked. */
  expectedVersions: ReadonlyMap<string, number>;
  /** The seed checksum to record (a seed import); null keeps the last one. */
  checksum: string | null;
  /** Called after each statement with its name: progress for long imports. */
  onStatement?: (name: string) => void;
}

export interface Publication {
  revision: number;
  publishedAt: string;
}

export interface VersionConflict {
  id: string;
  expected: number;
  /** The current version; null when no current record has the id. */
  current: number | null;
}

/** The graph changed since the operations were drafted; nothing was written. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(readonly conflicts: readonly VersionConflict[]) {
    super(`Version conflict on ${conflicts.map((c) => `${c.id} (expected ${c.expected}, now ${c.current ?? 'none'})`).join(', ')}`);
  }
}

/** A statement wrote fewer records than asked: an operation named something that is not there. */
export class IncompletePublicationError extends Error {
  override readonly name = 'IncompletePublicationError';
}

const BATCH_SIZE = 250;

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) result.push(items.slice(i, i + BATCH_SIZE));
  return result;
}

type CurrentRecord = { version: number; label: string; props: Record<string, unknown> };

async function readCurrent(tx: WriteTransaction, ids: readonly string[]): Promise<Map<string, CurrentRecord>> {
  const current = new Map<string, CurrentRecord>();
  for (const batch of batches(ids)) {
    for (const row of await tx.run(CURRENT_VERSIONS, { ids: batch })) {
      if (row.version === null || !row.props) continue;
      const label = (row.labels ?? []).find((l) => l !== 'Seeded' && l !== 'Entity') ?? 'Seeded';
      current.set(row.id, { version: row.version, label, props: row.props });
    }
  }
  return current;
}

function findConflicts(request: PublicationRequest, current: ReadonlyMap<string, CurrentRecord>, versioned: readonly string[], created: readonly string[], closed: ReadonlySet<string>): VersionConflict[] {
  const conflicts: VersionConflict[] = [];
  const expected = new Map(request.expectedVersions);
  // A created id must be new, unless the same publication closes its current record first.
  for (const id of created) if (!expected.has(id) && !closed.has(id)) expected.set(id, 0);
  for (const [id, version] of expected) {
    const now = current.get(id)?.version ?? null;
    if ((now ?? 0) !== version) conflicts.push({ id, expected: version, current: now });
  }
  // A record the operations change must exist, whether or not the caller named its version.
  for (const id of versioned) if (!current.has(id) && !expected.has(id)) conflicts.push({ id, expected: 1, current: null });
  return conflicts;
}

/** Patches per record in order, later ones winning; entities get their order keys recomputed. */
function mergedPatches(ops: readonly RecordOp[], current: ReadonlyMap<string, CurrentRecord>): { id: string; set: RecordProps }[] {
  const merged = new Map<string, RecordProps>();
  for (const op of ops) if (op.kind === 'patchNode') merged.set(op.id, { ...merged.get(op.id), ...op.set });
  return [...merged].map(([id, set]) => {
    const record = current.get(id);
    if (!record || !isEntityLabel(record.label)) return { id, set };
    const after = Object.fromEntries(Object.entries({ ...record.props, ...set }).filter(([, value]) => value !== null));
    return { id, set: { ...set, ...orderKeys(record.label, after) } };
  });
}

function expectWritten(what: string, written: number, asked: number): void {
  if (written !== asked) throw new IncompletePublicationError(`Wrote ${written} of ${asked} ${what}; the publication was rolled back.`);
}

export async function publishRecords(tx: WriteTransaction, ops: readonly RecordOp[], request: PublicationRequest): Promise<Publication> {
  const step = request.onStatement ?? (() => {});
  const [lock] = await tx.run(LOCK_PUBLICATIONS, {});
  if (!lock) throw new Error('The publication counter returned no revision.');
  const { revision } = lock;
  step(LOCK_PUBLICATIONS.name);

  const closedIds = new Set(ops.flatMap((op) => (op.kind === 'closeNode' ? [op.id] : [])));
  const { versioned: touched, created } = touchedIds(ops);
  const versioned = touched.filter((id) => !closedIds.has(id));
  const current = await readCurrent(tx, [...new Set([...touched, ...created, ...closedIds, ...request.expectedVersions.keys()])]);
  const conflicts = findConflicts(request, current, [...versioned, ...closedIds], created, closedIds);
  if (conflicts.length > 0) throw new VersionConflictError(conflicts);
  step(CURRENT_VERSIONS.name);

  const params = { revision, open: OPEN_REVISION };
  for (const id of versioned) await tx.run(VERSION_NODE, { id, ...params });
  step(VERSION_NODE.name);

  const closedRelationships = ops.flatMap((op) => (op.kind === 'closeRelationship' && !closedIds.has(op.from) && !closedIds.has(op.to) ? [op] : []));
  for (const batch of batches(closedRelationships)) {
    const [row] = await tx.run(CLOSE_RELATIONSHIPS, { relationships: batch.map(({ id, type, from, to }) => ({ id, type, from, to })), revision });
    expectWritten('relationship closings', row?.closed ?? 0, batch.length);
  }
  if (closedIds.size > 0) {
    const [row] = await tx.run(CLOSE_NODES, { ids: [...closedIds], ...params });
    expectWritten('record closings', row?.closed ?? 0, closedIds.size);
  }
  step(CLOSE_NODES.name);

  const newNodes = ops.flatMap((op) => (op.kind === 'createNode' ? [{ id: op.id, label: op.label, entity: isEntityLabel(op.label), props: op.props }] : []));
  for (const batch of batches(newNodes)) {
    const nodes = batch.map((node) => ({ ...node, props: node.entity ? { ...node.props, ...orderKeys(node.label, { ...node.props, id: node.id }) } : node.props }));
    const [row] = await tx.run(CREATE_NODES, { nodes, ...params });
    expectWritten('records', row?.written ?? 0, batch.length);
  }
  const patches = mergedPatches(ops, current);
  for (const batch of batches(patches)) {
    const [row] = await tx.run(PATCH_NODES, { patches: batch, revision });
    expectWritten('record changes', row?.written ?? 0, batch.length);
  }
  step(PATCH_NODES.name);

  const newRelationships = ops.flatMap((op) => (op.kind === 'createRelationship' ? [{ id: op.id, type: op.type, from: op.from, to: op.to, props: op.props }] : []));
  for (const batch of batches(newRelationships)) {
    const [row] = await tx.run(CREATE_RELATIONSHIPS, { relationships: batch, ...params });
    expectWritten('relationships', row?.written ?? 0, batch.length);
  }
  const relationshipPatches = ops.flatMap((op) => (op.kind === 'patchRelationship' ? [{ id: op.id, type: op.type, from: op.from, to: op.to, set: op.set }] : []));
  for (const batch of batches(relationshipPatches)) {
    const [row] = await tx.run(PATCH_RELATIONSHIPS, { patches: batch, revision });
    expectWritten('relationship changes', row?.written ?? 0, batch.length);
  }
  step(CREATE_RELATIONSHIPS.name);

  const [published] = await tx.run(RECORD_PUBLICATION, { revision, kind: request.kind, changeSetId: request.changeSetId, title: request.title, checksum: request.checksum });
  if (!published) throw new Error('The publication was not recorded.');
  step(RECORD_PUBLICATION.name);
  return published;
}
