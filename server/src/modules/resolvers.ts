import type { Resolvers } from '../generated/graphql.ts';
import { DateScalar } from './common/date-scalar.ts';
import { entityResolvers } from './entity/resolvers.ts';

/** Every module's resolvers; Apollo merges the list. */
export const resolvers: Resolvers[] = [{ Date: DateScalar }, entityResolvers];
