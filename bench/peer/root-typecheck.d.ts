/**
 * The two packages only bench/peer installs, as far as server.ts uses them, so the root
 * `npm run typecheck` (whose tsconfig includes bench/) passes on a fresh clone where
 * bench/peer/node_modules does not exist yet. An ambient declaration wins over node_modules, so
 * the root check always reads these; bench/peer/tsconfig.json leaves this file out and checks
 * server.ts against the real packages (`npx tsc -p bench/peer` once the peer is installed).
 * Delete this file if the root tsconfig ever excludes bench/peer.
 */
declare module '@neo4j/graphql' {
  import type { GraphQLSchema } from 'graphql';
  import type { Driver } from 'neo4j-driver';

  export class Neo4jGraphQL {
    constructor(input: { typeDefs: string; driver?: Driver });
    getSchema(): Promise<GraphQLSchema>;
  }
}

declare module '@neo4j/introspector' {
  import type { Session } from 'neo4j-driver';

  export function toGraphQLTypeDefs(sessionFactory: () => Session, readonly?: boolean): Promise<string>;
}
