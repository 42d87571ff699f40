/**
 * What a seed import would change: the seed graph compared record by record with the current
 * graph, as record operations (decision 0008). Nodes are matched by id, relationships by their
 * stable id; a record whose label (or a relationship whose type or ends) changed is closed and
 * created again. Derived properties (order keys) and the revision bookkeeping are not compared.
 */
import { canonical } from './canonical.ts';
import type { SeedGraph } from './build-graph.ts';
import type { RecordOp, RecordProps, RecordValue } from '../revisions/record-ops.ts';
import { BOOKKEEPING_PROPERTIES, type RelationshipType } from '../vocabulary/index.ts';

export interface CurrentGraph {
  nodes: readonly { id: string; labels: readonly string[]; props: Readonly<Record<string, unknown>> }[];
  relationships: readonly { from: string; type: string; to: string; props: Readonly<Record<string, unknown>> }[];
}

const NOT_COMPARED = new Set<string>([...BOOKKEEPING_PROPERTIES, 'orderName_nb', 'orderName_nn', 'orderName_en', 'orderId', 'orderValidFrom']);

/** Neo4j stores no nulls: an absent property and a null one are the same. */
function stored(props: Readonly<Record<string, unknown>>, skip: ReadonlySet<string> = NOT_COMPARED): RecordProps {
  return Object.fromEntries(Object.entries(props).filter(([key, value]) => value !== null && value !== undefined && !skip.has(key))) as RecordProps;
}

/** The properties to set so `before` becomes `after`: changed values, and null for removed ones. */
export function propsPatch(before: RecordProps, after: RecordProps): RecordProps {
  const set: Record<string, RecordValue> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const next = after[key] ?? null;
    if (canonical(before[key] ?? null) !== canonical(next)) set[key] = next;
  }
  return set;
}

const labelOf = (labels: readonly string[]): string => labels.find((l) => l !== 'Seeded' && l !== 'Entity') ?? '';

export function diffSeedGraph(seed: SeedGraph, current: CurrentGraph): RecordOp[] {
  const ops: RecordOp[] = [];
  const currentNodes = new Map(current.nodes.map((node) => [node.id, node]));
  const seedIds = new Set(seed.nodes.map((node) => node.id));
  // A record whose label changed is closed with all its relationships and created again.
  const recreated = new Set<string>();
  for (const node of seed.nodes) {
    const props = stored(node.props);
    const existing = currentNodes.get(node.id);
    if (existing && labelOf(existing.labels) === node.label) {
      const set = propsPatch(stored(existing.props), props);
      if (Object.keys(set).length > 0) ops.push({ kind: 'patchNode', id: node.id, set });
      continue;
    }
    if (existing) {
      ops.push({ kind: 'closeNode', id: node.id });
      recreated.add(node.id);
    }
    ops.push({ kind: 'createNode', id: node.id, label: node.label, props });
  }
  for (const node of current.nodes) if (!seedIds.has(node.id)) ops.push({ kind: 'closeNode', id: node.id });

  const relationshipSkip = new Set([...NOT_COMPARED, 'id']);
  const currentRelationships = new Map(current.relationships.map((r) => [String(r.props.id), r]));
  const seedKeys = new Set(seed.relationships.map((r) => r.key));
  for (const relationship of seed.relationships) {
    const props = stored(relationship.props, relationshipSkip);
    const ends = { id: relationship.key, type: relationship.type, from: relationship.from, to: relationship.to };
    const existing = currentRelationships.get(relationship.key);
    if (recreated.has(relationship.from) || recreated.has(relationship.to)) {
      ops.push({ kind: 'createRelationship', ...ends, props });
      continue;
    }
    if (existing && existing.type === relationship.type && existing.from === relationship.from && existing.to === relationship.to) {
      const set = propsPatch(stored(existing.props, relationshipSkip), props);
      if (Object.keys(set).length > 0) ops.push({ kind: 'patchRelationship', ...ends, set });
      continue;
    }
    if (existing) ops.push({ kind: 'closeRelationship', id: relationship.key, type: existing.type as RelationshipType, from: existing.from, to: existing.to });
    ops.push({ kind: 'createRelationship', ...ends, props });
  }
  for (const [id, r] of currentRelationships) {
    if (!seedKeys.has(id) && !recreated.has(r.from) && !recreated.has(r.to)) ops.push({ kind: 'closeRelationship', id, type: r.type as RelationshipType, from: r.from, to: r.to });
  }
  return ops;
}
