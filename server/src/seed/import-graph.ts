import type { Database } from '../neo4j/database.ts';
import type { SeedGraph } from './build-graph.ts';
import { seedChecksum } from './canonical.ts';
import { isEntityLabel } from '../vocabulary/index.ts';
import { orderKeys } from './order-keys.ts';
import { DELETE_STALE_NODES, DELETE_STALE_RELATIONSHIPS, MERGE_NODES, MERGE_RELATIONSHIPS, WRITE_DATA_VERSION } from './statements.ts';

export interface ImportProgress {
  (stage: string, done: number, total: number): void;
}

export interface ImportSummary {
  nodesWritten: number;
  relationshipsWritten: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

const BATCH_SIZE = 250;

function batches<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) result.push(items.slice(i, i + BATCH_SIZE));
  return result;
}

/** An import is offline work: far past the API's 8 s, but never unbounded. */
const SEED_IMPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * Writes the seed graph in one transaction: if any statement fails, Neo4j rolls all of them back
 * and the graph is exactly as before. MERGE on stable ids and seed keys makes a second run a no-op;
 * nodes and relationships no longer in the seeds are removed, so the graph mirrors the files.
 */
export async function importGraph(db: Database, graph: SeedGraph, progress: ImportProgress = () => {}): Promise<ImportSummary> {
  const nodes = graph.nodes.map((node) => {
    const entity = isEntityLabel(node.label);
    // Entities carry their list order keys (order-keys.ts): derived, so not part of the seed checksum.
    return { id: node.id, label: node.label, entity, props: entity ? { ...node.props, ...orderKeys(node.label, node.props) } : node.props };
  });
  const relationships = graph.relationships.map(({ type, from, to, key, props }) => ({ type, from, to, key, props }));
  return db.transaction('seed/import', async (tx) => {
    const summary: ImportSummary = { nodesWritten: 0, relationshipsWritten: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
    progress('nodes', 0, nodes.length);
    for (const batch of batches(nodes)) {
      const [row] = await tx.run(MERGE_NODES, { nodes: batch });
      summary.nodesWritten += row?.written ?? 0;
      progress('nodes', summary.nodesWritten, nodes.length);
    }
    const [staleNodes] = await tx.run(DELETE_STALE_NODES, { ids: nodes.map((node) => node.id) });
    summary.nodesDeleted = staleNodes?.deleted ?? 0;
    progress('relationships', 0, relationships.length);
    for (const batch of batches(relationships)) {
      const [row] = await tx.run(MERGE_RELATIONSHIPS, { relationships: batch });
      summary.relationshipsWritten += row?.written ?? 0;
      progress('relationships', summary.relationshipsWritten, relationships.length);
    }
    const [staleRelationships] = await tx.run(DELETE_STALE_RELATIONSHIPS, { keys: relationships.map((r) => r.key) });
    summary.relationshipsDeleted = staleRelationships?.deleted ?? 0;
    await tx.run(WRITE_DATA_VERSION, { checksum: seedChecksum(graph) });
    if (summary.relationshipsWritten !== relationships.length) {
      // A MATCH that found no endpoint silently writes nothing; refuse to commit a partial graph.
      throw new Error(`Wrote ${summary.relationshipsWritten} of ${relationships.length} relationships; the import was rolled back.`);
    }
    return summary;
  }, { timeoutMs: SEED_IMPORT_TIMEOUT_MS });
}
