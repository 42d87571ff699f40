import pino, { type Logger } from 'pino';
import type { Auth } from '../../server/src/auth/auth.ts';
import { createApp, type App } from '../../server/src/http/create-app.ts';
import { resolvers } from '../../server/src/modules/resolvers.ts';
import { loadTypeDefs } from '../../server/src/modules/schema-files.ts';
import { Database, type ConnectionSettings } from '../../server/src/neo4j/database.ts';
import type { Resolvers } from '../../server/src/generated/graphql.ts';

export interface OwnServer {
  app: App;
  db: Database;
  baseUrl: string;
  logLines: string[];
  /** The server's logger (its lines land in logLines). */
  logger: Logger;
  /** Sign-in, when started with the `auth` option (test/support/sign-in.ts does). */
  auth: Auth | undefined;
  close(): Promise<void>;
}

/**
 * The real HTTP server in this test process, so a test can watch its Database (round trips) and
 * its log. `extra` adds SDL and resolvers for tests that need a field the product does not have.
 */
export async function startOwnServer(
  settings: ConnectionSettings,
  extra?: { typeDefs: string; resolvers: Resolvers },
  { auth: createAuth, ...options }: { maxInFlight?: number; auth?: (logger: Logger) => Auth } = {},
): Promise<OwnServer> {
  const db = Database.connect(settings);
  const logLines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  const auth = createAuth?.(logger);
  const app = await createApp({
    db,
    logger,
    typeDefs: [...loadTypeDefs(), ...(extra ? [extra.typeDefs] : [])],
    resolvers: [...resolvers, ...(extra ? [extra.resolvers] : [])],
    introspection: false,
    ...options,
    auth,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    db,
    baseUrl: `http://127.0.0.1:${port}`,
    logLines,
    logger,
    auth,
    close: async () => {
      await app.close(0);
      await db.close();
    },
  };
}
