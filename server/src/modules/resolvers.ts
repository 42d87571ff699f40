import type { Resolvers } from '../generated/graphql.ts';

/** Every module's resolvers, merged into one map for Apollo. */
export const resolvers: Resolvers[] = [];
