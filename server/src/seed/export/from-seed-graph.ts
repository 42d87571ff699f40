/**
 * Export records built from a seed graph, the way `cypher/seed-export/records.cypher` reads them
 * from Neo4j (properties without nulls, which Neo4j does not store; relationships with their id).
 * Lets the inverse be proved against every seed file without a database (invert.test.ts).
 */
import type { GraphRelationship, SeedGraph } from '../build-graph.ts';
import { COLLECTION_LABELS, LINK_FIELDS, RELATION_TYPES, type Collection } from '../../vocabulary/index.ts';
import { compareText } from './invert.ts';
import type { RecordSource } from './write-files.ts';
import type { ExportRecord, ExportRelation, Props } from './records.ts';

const stored = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
const withId = (relationship: GraphRelationship): Props => stored({ ...relationship.props, id: relationship.key });

export function recordsOfSeedGraph(graph: SeedGraph): RecordSource {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  // Indexed once: a scan of every relationship per record is quadratic in the graph.
  const bySource = new Map<string, GraphRelationship[]>();
  const groupsOf = new Map<string, GraphRelationship[]>();
  for (const r of graph.relationships) {
    bySource.set(r.from, [...(bySource.get(r.from) ?? []), r]);
    if (r.type === 'GROUP_OF') groupsOf.set(r.to, [...(groupsOf.get(r.to) ?? []), r]);
  }
  const outgoing = (from: string, type: string): GraphRelationship[] => (bySource.get(from) ?? []).filter((r) => r.type === type);
  const propsOf = (id: string): Props => stored(node.get(id)?.props ?? {});
  const linkTypes = (label: string): Set<string> => new Set(Object.values(LINK_FIELDS[label as keyof typeof LINK_FIELDS] ?? {}).map((field) => field.type));
  const record = (id: string, label: string): ExportRecord => ({
    props: propsOf(id),
    names: outgoing(id, 'HAS_NAME').map((r) => propsOf(r.to)),
    links: (bySource.get(id) ?? []).filter((r) => linkTypes(label).has(r.type)).map((r) => ({ type: r.type, to: r.to, props: withId(r) })),
    criteria: outgoing(id, 'REQUIRES').map((r) => propsOf(r.to)),
    details: outgoing(id, 'HAS_DETAIL').map((r) => propsOf(r.to)),
    groups: (groupsOf.get(id) ?? []).map((r) => propsOf(r.from)),
    supportedBy: outgoing(id, 'SUPPORTED_BY').map((r) => r.to),
  });
  return {
    records: async (collection: Collection, each) => {
      const label = COLLECTION_LABELS[collection];
      for (const n of graph.nodes.filter((candidate) => candidate.label === label).sort((a, b) => compareText(a.id, b.id))) await each(record(n.id, label));
    },
    relations: async (each) => {
      const relations = graph.relationships.filter((r) => (RELATION_TYPES as readonly string[]).includes(r.type)).sort((a, b) => compareText(a.key, b.key));
      for (const r of relations) await each({ type: r.type, from: r.from, to: r.to, props: withId(r) } satisfies ExportRelation);
    },
  };
}
