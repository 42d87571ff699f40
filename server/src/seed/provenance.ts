/**
 * What counts as a fact, and whether it has been verified. One definition for `npm run
 * coverage:data`, the data-quality tests and the API's dataVersion (whose Cypher receives the same
 * list of structural types as a parameter).
 *
 * A fact is a node other than a source, or a relationship other than the structural ones, that
 * carries its own `sourceIds`. It is verified when at least one of those sources has a
 * verification (someone compared the facts citing it with the page or a stored copy of it) and the
 * fact is not marked `unverified`: the project's own inference stays unverified however well its
 * sources were checked.
 */
import { ATTACHMENT_TYPES } from '../vocabulary/index.ts';
import type { GraphNode, GraphRelationship, SeedGraph } from './build-graph.ts';

/** Edges that only attach a node to its owner or its sources; the node is the fact. */
export const STRUCTURAL_RELATIONSHIP_TYPES: readonly string[] = ATTACHMENT_TYPES;

export interface Fact {
  label: string;
  at: { file: string; line: number };
  props: Record<string, unknown>;
}

const sourceIdsOf = (props: Record<string, unknown>): string[] => (Array.isArray(props.sourceIds) ? (props.sourceIds as string[]) : []);

export function factsOf(graph: SeedGraph): Fact[] {
  const nodeFacts = graph.nodes
    .filter((node) => node.label !== 'Source' && Array.isArray(node.props.sourceIds))
    .map((node: GraphNode): Fact => ({ label: node.id, at: node.at, props: node.props }));
  const relationshipFacts = graph.relationships
    .filter((r) => !STRUCTURAL_RELATIONSHIP_TYPES.includes(r.type) && Array.isArray(r.props.sourceIds))
    .map((r: GraphRelationship): Fact => ({ label: `${r.type} ${r.from} → ${r.to}`, at: r.at, props: r.props }));
  return [...nodeFacts, ...relationshipFacts];
}

/** Ids of the sources someone has verified. */
export function verifiedSourceIds(graph: SeedGraph): Set<string> {
  return new Set(graph.nodes.filter((node) => node.label === 'Source' && typeof node.props.verifiedOn === 'string').map((node) => node.id));
}

export function isVerified(fact: Fact, verified: ReadonlySet<string>): boolean {
  return fact.props.confidence !== 'unverified' && sourceIdsOf(fact.props).some((id) => verified.has(id));
}
