import type { Resolvers } from '../../generated/graphql.ts';
import { resolveScope } from '../common/scope.ts';
import { readGapTimeline } from './read-gap-timeline.ts';

/** Gaps over time (issue 16): one read, cut into periods and spans in TypeScript. */
export const gapsResolvers: Resolvers = {
  Query: {
    gapTimeline: async (_parent, args, context) => {
      const scope = await resolveScope(context.db, args);
      return readGapTimeline(context.db, scope, { from: args.from, to: args.to });
    },
  },
};
