import { createHash } from 'node:crypto';
import { canonical } from './canonical.ts';
import type { Database } from '../neo4j/database.ts';
import { MARKER_LABELS } from '../vocabulary/index.ts';
import { COUNT_LABELS, COUNT_RELATIONSHIP_TYPES, GRAPH_FINGERPRINT } from './statements.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const labels = await db.read(COUNT_LABELS, { markerLabels: MARKER_LABELS });
  const types = await db.read(COUNT_RELATIONSHIP_TYPES, {});
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    relationshipTypes: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}

/** SHA-256 over every seeded node and relationship with all their properties. */
export async function graphChecksum(db: Database): Promise<string> {
  const [row] = await db.read(GRAPH_FINGERPRINT, {});
  const nodes = (row?.nodes ?? []).map(canonical).sort();
  const relationships = (row?.relationships ?? []).map(canonical).sort();
  return createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
}
