import { randomUUID } from 'node:crypto';
import type { Database, WriteTransaction } from '../neo4j/database.ts';
import { fieldChanges } from '../revisions/field-changes.ts';
import { announcePublication } from '../revisions/publication-events.ts';
import { publishRecords } from '../revisions/publish.ts';
import type { RecordOp } from '../revisions/record-ops.ts';
import { ADD_CHANGES, CREATE_CHANGE_SET, MARK_PUBLISHED, type ChangeSetStatusName } from '../modules/editing/statements.ts';
import { OPEN_REVISION } from '../vocabulary/index.ts';
import type { SeedGraph } from './build-graph.ts';
import { seedChecksum } from './canonical.ts';
import { diffSeedGraph, type CurrentGraph } from './seed-diff.ts';
import { COUNT_EDIT_PUBLICATIONS, COUNT_LEGACY_RECORDS, DELETE_LEGACY_RECORDS, GRAPH_FINGERPRINT } from './statements.ts';

export interface ImportProgress {
  (stage: string, done: number, total: number): void;
}

export interface ImportSummary {
  nodesWritten: number;
  relationshipsWritten: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  /** The publication the import became; null when it changed nothing or was filed for review. */
  revision: number | null;
  /** The change set recording the import (published, or submitted for review); null when nothing changed. */
  changeSetId: string | null;
  /** True when the graph has edits, so the differences wait for a reviewer and nothing was written. */
  filedForReview: boolean;
}

/** An import is offline work: far past the API's 8 s, but never unbounded. */
const SEED_IMPORT_TIMEOUT_MS = 10 * 60_000;
const CHANGE_BATCH = 200;
/** The seed import acts as this author in the audit trail; no person is named. */
export const SEED_IMPORT_AUTHOR = { name: 'npm run seed', email: '' };

function summarise(ops: readonly RecordOp[]): Pick<ImportSummary, 'nodesWritten' | 'relationshipsWritten' | 'nodesDeleted' | 'relationshipsDeleted'> {
  const count = (...kinds: RecordOp['kind'][]): number => ops.filter((op) => kinds.includes(op.kind)).length;
  return {
    nodesWritten: count('createNode', 'patchNode'),
    relationshipsWritten: count('createRelationship', 'patchRelationship'),
    nodesDeleted: count('closeNode'),
    relationshipsDeleted: count('closeRelationship'),
  };
}

/** The versions a filed import was diffed against: a reviewer's publish refuses it if an editor has changed them since. */
function baseVersions(ops: readonly RecordOp[], current: CurrentGraph): Map<string, number> {
  const versions = new Map(current.nodes.map((node) => [node.id, typeof node.props.version === 'number' ? node.props.version : 1]));
  const owner = (op: RecordOp): string => ('from' in op ? op.from : op.id);
  return new Map(ops.flatMap((op) => (op.kind === 'createNode' ? [] : [[owner(op), versions.get(owner(op)) ?? 1] as const])));
}

/** One Change per record operation: what a reviewer reads, and what publishing applies. */
async function recordChanges(tx: WriteTransaction, changeSetId: string, statuses: ChangeSetStatusName[], ops: readonly RecordOp[], current: CurrentGraph, versions: ReadonlyMap<string, number>): Promise<void> {
  const props = new Map<string, Readonly<Record<string, unknown>>>([
    ...current.nodes.map((node) => [node.id, node.props] as const),
    ...current.relationships.map((r) => [String(r.props.id), r.props] as const),
  ]);
  const changes = ops.map((op) => {
    const entityId = 'from' in op ? op.from : op.id;
    return {
      id: randomUUID(),
      operation: 'SEED_RECORD',
      entityId,
      entityLabel: op.kind === 'createNode' ? op.label : '',
      baseVersion: versions.get(entityId) ?? 0,
      reason: 'seeds/ differs from the graph',
      sourceIds: [],
      input: JSON.stringify({ op: op.kind, record: op.id }),
      records: JSON.stringify([op]),
      fields: JSON.stringify(fieldChanges([op], props)),
    };
  });
  for (let i = 0; i < changes.length; i += CHANGE_BATCH) {
    await tx.run(ADD_CHANGES, { changeSetId, statuses, changes: changes.slice(i, i + CHANGE_BATCH) });
  }
}

/**
 * Imports the seed graph in one transaction (decision 0008): diffs it against the current graph and
 * then, on a graph no editor has published to, publishes the differences as one SEED_IMPORT
 * publication; on a graph with edits, files them as a submitted change set for a reviewer and
 * writes nothing else. A second run of the same files finds no differences and writes nothing.
 * Any failure rolls the whole transaction back.
 */
export async function importGraph(db: Database, graph: SeedGraph, progress: ImportProgress = () => {}): Promise<ImportSummary> {
  const checksum = seedChecksum(graph);
  const result = await db.transaction('seed/import', async (tx) => {
    // A graph from before revisions was an exact copy of seeds/: replaced, in this same transaction.
    const [legacy] = await tx.run(COUNT_LEGACY_RECORDS, {});
    if ((legacy?.count ?? 0) > 0) await tx.run(DELETE_LEGACY_RECORDS, {});
    const [fingerprint] = await tx.run(GRAPH_FINGERPRINT, { open: OPEN_REVISION });
    const current: CurrentGraph = { nodes: fingerprint?.nodes ?? [], relationships: fingerprint?.relationships ?? [] };
    const ops = diffSeedGraph(graph, current);
    const summary = summarise(ops);
    if (ops.length === 0) return { ...summary, revision: null, changeSetId: null, filedForReview: false };

    const [edits] = await tx.run(COUNT_EDIT_PUBLICATIONS, {});
    const filedForReview = (edits?.edits ?? 0) > 0;
    const changeSetId = randomUUID();
    const title = filedForReview ? 'Seed import: differences between seeds/ and the edited graph' : current.nodes.length === 0 ? 'First import of seeds/' : 'Seed import';
    const versions = baseVersions(ops, current);
    await tx.run(CREATE_CHANGE_SET, {
      changeSet: { id: changeSetId, title, reason: `seeds/ checksum ${checksum.slice(0, 12)}`, kind: 'SEED_IMPORT', status: 'SUBMITTED', authorName: SEED_IMPORT_AUTHOR.name, authorEmail: SEED_IMPORT_AUTHOR.email },
    });
    // The first import's record is the seed files at its checksum; copying the whole graph into
    // the audit trail would double it for nothing.
    if (current.nodes.length > 0) await recordChanges(tx, changeSetId, ['SUBMITTED'], ops, current, versions);
    if (filedForReview) return { ...summary, revision: null, changeSetId, filedForReview };

    let done = 0;
    const publication = await publishRecords(tx, ops, {
      kind: 'SEED_IMPORT',
      changeSetId,
      title,
      expectedVersions: new Map(),
      checksum,
      onStatement: (name) => progress(name.replace('revisions/', ''), ++done, 7),
    });
    await tx.run(MARK_PUBLISHED, { id: changeSetId, revision: publication.revision, reviewerName: SEED_IMPORT_AUTHOR.name, reviewerEmail: '', note: null });
    return { ...summary, revision: publication.revision, changeSetId, filedForReview };
  }, { timeoutMs: SEED_IMPORT_TIMEOUT_MS });
  // After the commit: live updates in this process go out now (other processes' watchers find it).
  if (result.revision !== null) announcePublication({ revision: result.revision });
  return result;
}
