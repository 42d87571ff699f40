/** The statements the graph module runs: a neighbourhood around one entity, an explorer view over time, and paths between two. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { ENTITY_LABELS, HIDDEN_LINK_TYPES, LINK_TYPES } from '../../vocabulary/index.ts';

/** One relationship between two entities shown; its ends are entity ids. */
const edge = z.object({ type: z.enum(LINK_TYPES), source: columns.id, target: columns.id, validFrom: columns.date, validTo: columns.date });

export const NEIGHBOURHOOD = defineStatement(
  'graph/neighbourhood',
  z.object({
    id: columns.id,
    asOf: columns.isoDate,
    revision: z.number().int().nonnegative(),
    depth: z.union([z.literal(1), z.literal(2)]),
    labels: z.array(z.enum(ENTITY_LABELS)).min(1),
    limit: z.number().int().positive(),
    hiddenTypes: z.array(z.enum(HIDDEN_LINK_TYPES)),
  }),
  z.object({ center: columns.node, nodes: z.array(columns.node), edges: z.array(edge), totalNodes: columns.count }),
);

export const PATHS = defineStatement(
  'graph/paths',
  z.object({ from: columns.id, to: columns.id, asOf: columns.isoDate, revision: z.number().int().nonnegative(), first: z.number().int().positive() }),
  z.object({ nodes: z.array(columns.node), edges: z.array(edge) }),
);

export const GRAPH_VIEW = defineStatement(
  'graph/graph-view',
  z.object({
    focus: columns.id,
    expanded: z.array(columns.id),
    added: z.array(columns.id),
    depth: z.union([z.literal(1), z.literal(2)]),
    labels: z.array(z.enum(ENTITY_LABELS)).min(1),
    limit: z.number().int().positive(),
    revision: z.number().int().nonnegative(),
    hiddenTypes: z.array(z.enum(HIDDEN_LINK_TYPES)),
  }),
  z.object({ focus: columns.node, nodes: z.array(columns.node), edges: z.array(edge), openers: z.array(columns.id), missing: z.array(z.string()), totalNodes: columns.count }),
);
