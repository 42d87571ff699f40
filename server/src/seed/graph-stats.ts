import { createHash } from 'node:crypto';
import { canonical } from './canonical.ts';
import type { Database } from '../neo4j/database.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const labels = await db.read('seed/count-labels');
  const types = await db.read('seed/count-relationship-types');
  return {
    labels: Object.fromEntries(labels.map((row) => [String(row.label), Number(row.count)])),
    relationshipTypes: Object.fromEntries(types.map((row) => [String(row.type), Number(row.count)])),
  };
}

/** SHA-256 over every seeded node and relationship with all their properties. */
export async function graphChecksum(db: Database): Promise<string> {
  const [row] = await db.read('seed/graph-fingerprint');
  const nodes = ((row?.nodes as unknown[]) ?? []).map(canonical).sort();
  const relationships = ((row?.relationships as unknown[]) ?? []).map(canonical).sort();
  return createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
}
