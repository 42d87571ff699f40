import type { Resolvers } from '../generated/graphql.ts';
import { analyticsResolvers } from './analytics/resolvers.ts';
import { changesResolvers } from './changes/resolvers.ts';
import { DateScalar } from './common/date-scalar.ts';
import { DateTimeScalar } from './common/date-time-scalar.ts';
import { editingResolvers } from './editing/resolvers.ts';
import { entityResolvers } from './entity/resolvers.ts';
import { gapsResolvers } from './gaps/resolvers.ts';
import { graphResolvers } from './graph/resolvers.ts';
import { policyResolvers } from './policy/resolvers.ts';
import { searchResolvers } from './search/resolvers.ts';
import { situationResolvers } from './situation/resolvers.ts';

/** Every module's resolvers; Apollo merges the list. */
export const resolvers: Resolvers[] = [{ Date: DateScalar, DateTime: DateTimeScalar }, entityResolvers, searchResolvers, graphResolvers, analyticsResolvers, situationResolvers, editingResolvers, changesResolvers, policyResolvers, gapsResolvers];
