import type { Resolvers } from '../../generated/graphql.ts';
import { resolveScope } from '../common/scope.ts';
import { readCoverageMatrix } from './coverage-matrix.ts';
import { readMinistryOverview } from './ministry-overview.ts';
import { byName } from './shared.ts';
import { MINISTRIES } from './statements.ts';

/** The policy staff's views (issue 16): the coverage matrix and the ministry view; one read each. */
export const policyResolvers: Resolvers = {
  Query: {
    coverageMatrix: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      return readCoverageMatrix(context.db, scope, { dimension: args.dimension ?? 'TARGET_GROUP', actors: args.actors ?? [], kinds: args.kinds ?? [] });
    },
    ministryOverview: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      return readMinistryOverview(context.db, scope, args.id);
    },
    ministries: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      const rows = await context.db.read(MINISTRIES, { asOf: scope.asOf, revision: scope.revision });
      return rows.map((row) => row.node).sort(byName(scope)).map((node) => ({ scope, node }));
    },
  },
};
