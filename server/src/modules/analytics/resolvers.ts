import type { Resolvers } from '../../generated/graphql.ts';
import { readScope } from '../common/scope.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { nameOf } from '../entity/read-fields.ts';
import { STRUCTURAL_RELATIONSHIP_TYPES } from '../../seed/provenance.ts';

interface CountRow {
  node: NodeRecord;
  count: number;
}

const summaries = (nodes: unknown, scope: ReadScope): SummaryModel[] =>
  (nodes as NodeRecord[]).map((node) => ({ scope, node })).sort((a, b) => nameOf(a.node, scope).text.localeCompare(nameOf(b.node, scope).text, 'nb'));

/** Most first; ties by name so the order is stable. */
const counts = (rows: unknown, scope: ReadScope) =>
  (rows as CountRow[])
    .map((row) => ({ entity: { scope, node: row.node }, count: Number(row.count) }))
    .sort((a, b) => b.count - a.count || nameOf(a.entity.node, scope).text.localeCompare(nameOf(b.entity.node, scope).text, 'nb'));

export const analyticsResolvers: Resolvers = {
  Query: {
    coverage: async (_parent, args, context) => {
      const scope = readScope(args);
      const [row = {}] = await context.db.read('analytics/coverage', { asOf: scope.asOf });
      return {
        asOf: scope.asOf,
        uncoveredTargetGroups: summaries(row.uncoveredTargetGroups, scope),
        uncoveredGoals: summaries(row.uncoveredGoals, scope),
        unmappedGoals: summaries(row.unmappedGoals, scope),
        instrumentsWithoutGoal: summaries(row.instrumentsWithoutGoal, scope),
        instrumentsPerActor: counts(row.perActor, scope),
        instrumentsPerGoal: counts(row.perGoal, scope),
        instrumentsPerTargetGroup: counts(row.perTargetGroup, scope),
      };
    },
    dataVersion: async (_parent, _args, context) => {
      const [row = {}] = await context.db.read('analytics/data-version', { structuralTypes: STRUCTURAL_RELATIONSHIP_TYPES });
      const date = (value: unknown): string | null => (typeof value === 'string' ? value : null);
      return {
        checksum: String(row.checksum ?? 'unseeded'),
        nodeCount: Number(row.nodeCount ?? 0),
        relationshipCount: Number(row.relationshipCount ?? 0),
        sourceCount: Number(row.sourceCount ?? 0),
        verifiedSourceCount: Number(row.verifiedSourceCount ?? 0),
        lastCompiled: date(row.lastCompiled),
        lastVerified: date(row.lastVerified),
        lastChecked: date(row.lastVerified),
        factCount: Number(row.factCount ?? 0),
        verifiedFactCount: Number(row.verifiedFactCount ?? 0),
        unverifiedCount: Number(row.unverifiedCount ?? 0),
      };
    },
  },
};
