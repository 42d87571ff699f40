/**
 * Deterministic synthetic graphs built from the real seed graph by copying it: copy k of node `x`
 * is `x-s<k>`, and relationships are copied between copies of their endpoints, so each copy has the
 * shape of the real content. No randomness: the same seeds give the same graph.
 */
import type { GraphNode, GraphRelationship, SeedGraph } from '../server/src/seed/build-graph.ts';

/** A household-facing instrument or one of its criteria: what the situation engine evaluates. */
export function isCandidate(node: GraphNode, graph: SeedGraph): boolean {
  if (node.label === 'Instrument') return node.props.supplySide !== true;
  if (node.label === 'Criterion') {
    const owner = graph.nodes.find((other) => other.id === node.props.instrumentId);
    return owner?.props.supplySide !== true;
  }
  return false;
}

/** The graph plus `times - 1` copies of the nodes `copied` picks, with the relationships among those copies. */
export function copyGraph(graph: SeedGraph, times: number, copied: (node: GraphNode) => boolean): SeedGraph {
  const copyable = new Set(graph.nodes.filter(copied).map((node) => node.id));
  const nodes: GraphNode[] = [...graph.nodes];
  const relationships: GraphRelationship[] = [...graph.relationships];
  const idIn = (id: string, k: number): string => (copyable.has(id) ? `${id}-s${k}` : id);
  for (let k = 1; k < times; k++) {
    for (const node of graph.nodes) {
      if (!copyable.has(node.id)) continue;
      const props: Record<string, unknown> = { ...node.props, id: idIn(node.id, k) };
      if (typeof props.instrumentId === 'string') props.instrumentId = idIn(props.instrumentId, k);
      nodes.push({ ...node, id: idIn(node.id, k), props });
    }
    for (const relationship of graph.relationships) {
      // Copies stay among themselves, so the originals' neighbourhoods keep their real size.
      if (!copyable.has(relationship.from) || !copyable.has(relationship.to)) continue;
      const props = typeof relationship.props.id === 'string' ? { ...relationship.props, id: `${String(relationship.props.id)}-s${k}` } : relationship.props;
      relationships.push({ ...relationship, from: idIn(relationship.from, k), to: idIn(relationship.to, k), key: `${relationship.key}~s${k}`, props });
    }
  }
  return { nodes, relationships };
}
