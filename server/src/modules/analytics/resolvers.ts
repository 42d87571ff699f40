import type { Resolvers } from '../../generated/graphql.ts';
import type { StatementRow } from '../../neo4j/statement.ts';
import { ATTACHMENT_TYPES, OPEN_REVISION } from '../../vocabulary/index.ts';
import { resolveScope } from '../common/scope.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { nameOf } from '../entity/read-fields.ts';
import { COVERAGE, DATA_VERSION } from './statements.ts';

type CountRow = StatementRow<typeof COVERAGE>['perActor'][number];

const summaries = (nodes: readonly NodeRecord[], scope: ReadScope): SummaryModel[] =>
  nodes.map((node) => ({ scope, node })).sort((a, b) => nameOf(a.node, scope).text.localeCompare(nameOf(b.node, scope).text, 'nb'));

/** Most first; ties by name so the order is stable. */
const counts = (rows: readonly CountRow[], scope: ReadScope) =>
  rows
    .map((row) => ({ entity: { scope, node: row.node }, count: row.count }))
    .sort((a, b) => b.count - a.count || nameOf(a.entity.node, scope).text.localeCompare(nameOf(b.entity.node, scope).text, 'nb'));

/** What dataVersion reads from a graph the statement found nothing in (it always answers one row). */
const UNSEEDED: StatementRow<typeof DATA_VERSION> = {
  checksum: 'unseeded',
  revision: 0,
  nodeCount: 0,
  relationshipCount: 0,
  sourceCount: 0,
  verifiedSourceCount: 0,
  lastCompiled: null,
  lastVerified: null,
  factCount: 0,
  verifiedFactCount: 0,
  unverifiedCount: 0,
};

export const analyticsResolvers: Resolvers = {
  Query: {
    coverage: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const [row] = await context.db.read(COVERAGE, { asOf: scope.asOf, revision: scope.revision });
      return {
        asOf: scope.asOf,
        uncoveredTargetGroups: summaries(row?.uncoveredTargetGroups ?? [], scope),
        uncoveredGoals: summaries(row?.uncoveredGoals ?? [], scope),
        unmappedGoals: summaries(row?.unmappedGoals ?? [], scope),
        instrumentsWithoutGoal: summaries(row?.instrumentsWithoutGoal ?? [], scope),
        instrumentsPerActor: counts(row?.perActor ?? [], scope),
        instrumentsPerGoal: counts(row?.perGoal ?? [], scope),
        instrumentsPerTargetGroup: counts(row?.perTargetGroup ?? [], scope),
      };
    },
    dataVersion: async (_parent, _args, context) => {
      const [row = UNSEEDED] = await context.db.read(DATA_VERSION, { structuralTypes: ATTACHMENT_TYPES, open: OPEN_REVISION });
      return { ...row, lastChecked: row.lastVerified };
    },
  },
};
