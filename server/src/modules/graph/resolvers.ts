import { badUserInput } from '../../errors.ts';
import type { EntityType, GraphEdge, LinkType, Resolvers } from '../../generated/graphql.ts';
import { readScope } from '../common/scope.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { TYPE_LABELS } from '../entity/read-fields.ts';

const MAX_NODES = 300;
const DEFAULT_TYPES: EntityType[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS'];

interface EdgeRow {
  type: string;
  source: string;
  target: string;
  validFrom: string | null;
  validTo: string | null;
}

function toEdge(row: EdgeRow): GraphEdge {
  return { id: `${row.source}|${row.type}|${row.target}`, type: row.type as LinkType, source: row.source, target: row.target, validFrom: row.validFrom, validTo: row.validTo };
}

const summaries = (nodes: unknown, scope: ReadScope): SummaryModel[] => (nodes as NodeRecord[]).map((node) => ({ scope, node }));

export const graphResolvers: Resolvers = {
  Query: {
    neighbourhood: async (_parent, args, context) => {
      const scope = readScope(args);
      const depth = args.depth ?? 1;
      if (depth !== 1 && depth !== 2) throw badUserInput('`depth` must be 1 or 2.', 'depth');
      const limit = args.limit ?? 150;
      if (limit < 1 || limit > MAX_NODES) throw badUserInput(`\`limit\` must be between 1 and ${MAX_NODES}.`, 'limit');
      // Labels reach Cypher only through the enum → label mapping.
      const labels = (args.types?.length ? args.types : DEFAULT_TYPES).map((type) => TYPE_LABELS[type]);
      const [row] = await context.db.read('graph/neighbourhood', { id: args.id, asOf: scope.asOf, depth, labels, limit });
      if (!row) return null;
      const totalNodes = Number(row.totalNodes);
      return {
        center: { scope, node: row.center as NodeRecord },
        nodes: summaries(row.nodes, scope),
        edges: (row.edges as EdgeRow[]).map(toEdge),
        capped: totalNodes > limit,
        totalNodes,
        limit,
      };
    },
    paths: async (_parent, args, context) => {
      const scope = readScope(args);
      const first = args.first ?? 5;
      if (first < 1 || first > 5) throw badUserInput('`first` must be between 1 and 5.', 'first');
      const rows = await context.db.read('graph/paths', { from: args.from, to: args.to, asOf: scope.asOf, first });
      return rows.map((row) => {
        const edges = (row.edges as EdgeRow[]).map(toEdge);
        return { nodes: summaries(row.nodes, scope), edges, length: edges.length };
      });
    },
  },
};
