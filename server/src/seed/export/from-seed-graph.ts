/**
 * Export records built from a seed graph, the way `cypher/seed-export/records.cypher` reads them
 * from Neo4j (properties without nulls, which Neo4j does not store; relationships with their id).
 * Lets the inverse be proved against every seed file without a database (invert.test.ts).
 */
import type { GraphRelationship, SeedGraph } from '../build-graph.ts';
import { COLLECTION_LABELS, LINK_FIELDS, RELATION_TYPES, type Collection } from '../../vocabulary/index.ts';
import type { RecordSource } from './write-files.ts';
import type { ExportRecord, ExportRelation, Props } from './records.ts';

const stored = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
const withId = (relationship: GraphRelationship): Props => stored({ ...relationship.props, id: relationship.key });

export function recordsOfSeedGraph(graph: SeedGraph): RecordSource {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const outgoing = (from: string, type: string): GraphRelationship[] => graph.relationships.filter((r) => r.from === from && r.type === type);
  const linkTypes = (label: string): Set<string> => new Set(Object.values(LINK_FIELDS[label as keyof typeof LINK_FIELDS] ?? {}).map((field) => field.type));
  const record = (id: string, label: string): ExportRecord => ({
    props: stored(node.get(id)?.props ?? {}),
    names: outgoing(id, 'HAS_NAME').map((r) => stored(node.get(r.to)?.props ?? {})),
    links: graph.relationships.filter((r) => r.from === id && linkTypes(label).has(r.type)).map((r) => ({ type: r.type, to: r.to, props: withId(r) })),
    criteria: outgoing(id, 'REQUIRES').map((r) => stored(node.get(r.to)?.props ?? {})),
    details: outgoing(id, 'HAS_DETAIL').map((r) => stored(node.get(r.to)?.props ?? {})),
    groups: graph.relationships.filter((r) => r.type === 'GROUP_OF' && r.to === id).map((r) => stored(node.get(r.from)?.props ?? {})),
    supportedBy: outgoing(id, 'SUPPORTED_BY').map((r) => r.to),
  });
  return {
    records: async (collection: Collection, each) => {
      const label = COLLECTION_LABELS[collection];
      for (const n of graph.nodes.filter((candidate) => candidate.label === label).sort((a, b) => a.id.localeCompare(b.id))) await each(record(n.id, label));
    },
    relations: async (each) => {
      const relations = graph.relationships.filter((r) => (RELATION_TYPES as readonly string[]).includes(r.type)).sort((a, b) => a.key.localeCompare(b.key));
      for (const r of relations) await each({ type: r.type, from: r.from, to: r.to, props: withId(r) } satisfies ExportRelation);
    },
  };
}
