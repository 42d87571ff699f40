/**
 * The situation engine's candidate set built from the seed graph in memory, as the loader
 * (cypher/situation/load-candidates.cypher) builds it from the database: household-facing
 * instruments with their criteria, actors and relations, and the limit tables the criteria compare
 * with. Lets content tests ask "what does the engine answer for this household?" without Neo4j;
 * the integration tests check the same answers through the real database.
 */
import type { SeedGraph } from '../../server/src/seed/build-graph.ts';
import { instrumentFromRow, limitTableFromRow, relationFromRow } from '../../server/src/modules/situation/engine/candidate-rows.ts';
import type { CandidateSet } from '../../server/src/modules/situation/engine/types.ts';

const RELATION_TYPES = new Set(['COMBINES_WITH', 'PRECONDITION_FOR', 'EXCLUDES']);

export function candidatesFromSeedGraph(graph: SeedGraph): CandidateSet {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const outgoing = (from: string, type: string) => graph.relationships.filter((r) => r.from === from && r.type === type);
  const instruments = graph.nodes
    .filter((node) => node.label === 'Instrument' && node.props.supplySide !== true)
    .map((node) =>
      instrumentFromRow({
        ...node.props,
        criteria: outgoing(node.id, 'REQUIRES').map((r) => nodes.get(r.to)?.props ?? {}),
        actors: ['DECIDED_BY', 'DELIVERED_BY'].flatMap((role) =>
          outgoing(node.id, role).map((r) => ({ ...nodes.get(r.to)?.props, role, validFrom: r.props.validFrom, validTo: r.props.validTo })),
        ),
      }),
    );
  const relations = graph.relationships.filter((r) => RELATION_TYPES.has(r.type)).map((r) => relationFromRow({ ...r.props, type: r.type, from: r.from, to: r.to }));
  const limitTables = graph.nodes
    .filter((node) => node.label === 'LimitTable')
    .map((table) =>
      limitTableFromRow({
        ...table.props,
        groups: graph.relationships
          .filter((r) => r.type === 'GROUP_OF' && r.to === table.id)
          .map((r) => nodes.get(r.from)?.props ?? {})
          .sort((a, b) => Number(a.order) - Number(b.order)),
      }),
    );
  return { instruments, relations, limitTables };
}
