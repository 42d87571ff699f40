/**
 * The situation engine's candidate set built from the seed graph in memory, as the loader
 * (cypher/situation/load-candidates.cypher) builds it from the database: household-facing
 * instruments with their criteria, actors and relations, and the limit tables the criteria compare
 * with. Each part is shaped as the statement projects it and checked with the statement's own row
 * schema, so the engine reads what it reads through Neo4j. Lets content tests ask "what does the
 * engine answer for this household?" without Neo4j; the integration tests check the same answers
 * through the real database.
 */
import type { Props, SeedGraph } from '../../server/src/seed/build-graph.ts';
import { instrumentFromRow, limitTableFromRow, relationFromRow } from '../../server/src/modules/situation/engine/candidate-rows.ts';
import type { CandidateSet } from '../../server/src/modules/situation/engine/types.ts';
import { candidateRow } from '../../server/src/modules/situation/statements.ts';
import { RELATION_TYPES, STEP_ROLES } from '../../server/src/vocabulary/index.ts';

/** What Neo4j stores of a node's properties: no nulls. */
const stored = (props: Props): Props => Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null && value !== undefined));
/** `x { .a, .b }`: a missing property reads as null. */
const pick = (props: Props, keys: readonly string[]): Props => Object.fromEntries(keys.map((key) => [key, props[key] ?? null]));
const NAME = ['name_nb', 'name_nn', 'name_en'] as const;

export function candidatesFromSeedGraph(graph: SeedGraph): CandidateSet {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const propsOf = (id: string): Props => nodes.get(id)?.props ?? {};
  const outgoing = (from: string, type: string) => graph.relationships.filter((r) => r.from === from && r.type === type);
  const instruments = graph.nodes
    .filter((node) => node.label === 'Instrument' && node.props.supplySide !== true)
    .map((node) =>
      instrumentFromRow(
        candidateRow.instrument.parse({
          ...pick(node.props, ['id', ...NAME, 'indications']),
          householdGoals: node.props.householdGoals ?? [],
          criteria: outgoing(node.id, 'REQUIRES').map((r) => stored(propsOf(r.to))),
          actors: STEP_ROLES.flatMap((role) => outgoing(node.id, role).map((r) => ({ ...pick(propsOf(r.to), ['id', ...NAME]), role }))),
        }),
      ),
    );
  const relations = graph.relationships
    .filter((r) => (RELATION_TYPES as readonly string[]).includes(r.type))
    .map((r) =>
      relationFromRow(
        candidateRow.relation.parse({
          ...pick(r.props, ['id', 'rationale_nb', 'rationale_nn', 'rationale_en', 'appliesWhen', 'validFrom', 'validTo']),
          sourceIds: r.props.sourceIds ?? [],
          type: r.type,
          from: r.from,
          to: r.to,
        }),
      ),
    );
  const limitTables = graph.nodes
    .filter((node) => node.label === 'LimitTable')
    .map((table) =>
      limitTableFromRow(
        candidateRow.limitTable.parse({
          ...pick(table.props, ['id', 'unit', 'validFrom', 'validTo', 'currentValuesUrl']),
          groups: graph.relationships
            .filter((r) => r.type === 'GROUP_OF' && r.to === table.id)
            .map((r) => propsOf(r.from))
            .sort((a, b) => Number(a.order) - Number(b.order))
            .map((group) => pick(group, ['id', ...NAME, 'allOthers', 'values', 'municipalities'])),
        }),
      ),
    );
  return { instruments, relations, limitTables };
}
