import { createHash } from 'node:crypto';
import { canonical } from './canonical.ts';
import type { Database } from '../neo4j/database.ts';
import { BOOKKEEPING_PROPERTIES, MARKER_LABELS, OPEN_REVISION } from '../vocabulary/index.ts';
import { COUNT_LABELS, COUNT_RELATIONSHIP_TYPES, GRAPH_FINGERPRINT } from './statements.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const labels = await db.read(COUNT_LABELS, { markerLabels: MARKER_LABELS });
  const types = await db.read(COUNT_RELATIONSHIP_TYPES, { open: OPEN_REVISION });
  return {
    labels: Object.fromEntries(labels.map((row) => [row.label, row.count])),
    relationshipTypes: Object.fromEntries(types.map((row) => [row.type, row.count])),
  };
}

const withoutBookkeeping = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).filter(([key]) => !(BOOKKEEPING_PROPERTIES as readonly string[]).includes(key)));

/**
 * SHA-256 over every current seeded record and relationship with their properties: the content,
 * so not the revision bookkeeping (the same content published twice has one checksum).
 */
export async function graphChecksum(db: Database): Promise<string> {
  const [row] = await db.read(GRAPH_FINGERPRINT, { open: OPEN_REVISION });
  const nodes = (row?.nodes ?? []).map((node) => canonical({ ...node, props: withoutBookkeeping(node.props) })).sort();
  const relationships = (row?.relationships ?? []).map((r) => canonical({ ...r, props: withoutBookkeeping(r.props) })).sort();
  return createHash('sha256').update(nodes.join('\n')).update('\n--\n').update(relationships.join('\n')).digest('hex');
}
