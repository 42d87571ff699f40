import { badUserInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { BROWSED_LABELS, HIDDEN_LINK_TYPES, TYPE_LABELS } from '../../vocabulary/index.ts';
import { resolveScope } from '../common/scope.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { toEdge } from './edges.ts';
import { readGraphView } from './graph-view.ts';
import { NEIGHBOURHOOD, PATHS } from './statements.ts';

const MAX_NODES = 300;

const summaries = (nodes: readonly NodeRecord[], scope: ReadScope): SummaryModel[] => nodes.map((node) => ({ scope, node }));

export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const depth = args.depth ?? 1;
      if (depth !== 1 && depth !== 2) throw badUserInput('`depth` must be 1 or 2.', 'depth');
      const limit = args.limit ?? 150;
      if (limit < 1 || limit > MAX_NODES) throw badUserInput(`\`limit\` must be between 1 and ${MAX_NODES}.`, 'limit');
      // Labels reach Cypher only through the enum → label mapping.
      const labels = args.types?.length ? args.types.map((type) => TYPE_LABELS[type]) : BROWSED_LABELS;
      const [row] = await context.db.read(NEIGHBOURHOOD, { id: args.id, asOf: scope.asOf, revision: scope.revision, depth, labels, limit, hiddenTypes: HIDDEN_LINK_TYPES });
      if (!row) return null;
      return {
        center: { scope, node: row.center },
        nodes: summaries(row.nodes, scope),
        edges: row.edges.map(toEdge),
        capped: row.totalNodes > limit,
        totalNodes: row.totalNodes,
        limit,
      };
    },
    graphView: (_parent, args, context) => readGraphView(context.db, args),
    paths: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const first = args.first ?? 5;
      if (first < 1 || first > 5) throw badUserInput('`first` must be between 1 and 5.', 'first');
      const rows = await context.db.read(PATHS, { from: args.from, to: args.to, asOf: scope.asOf, revision: scope.revision, first });
      return rows.map((row) => {
        const edges = row.edges.map(toEdge);
        return { nodes: summaries(row.nodes, scope), edges, length: edges.length };
      });
    },
  },
};
