import path from 'node:path';
import type { Logger } from 'pino';
import { connectSignIn, createAuthFromConfig, type SignInConnection } from './auth/wiring.ts';
import { ROOT_DIR, type Config } from './config.ts';
import { createApp, type App } from './http/create-app.ts';
import { connect, type Connection } from './neo4j/connect.ts';
import { resolvers } from './modules/resolvers.ts';
import { loadTypeDefs } from './modules/schema-files.ts';
import { warmUpReadPath } from './modules/entity/warm-up.ts';
import { warmUpSearch } from './modules/search/warm-up.ts';
import { applySchema } from './seed/apply-schema.ts';
import { COUNT_SEEDED } from './seed/statements.ts';
import { runSeed, summaryLine } from './seed/run-seed.ts';
import { terminalProgress } from './seed/terminal-progress.ts';

export const SEED_DIR = path.join(ROOT_DIR, 'seeds');
export const CLIENT_DIST = path.join(ROOT_DIR, 'client', 'dist');

/** A stop lets the requests in hand finish: each answers by its own 9.5 s deadline, so none is cut off. */
const DRAIN_MS = 10_000;

export interface Running {
  app: App;
  connection: Connection;
  url: string;
  /** Who signs people in: the organisation's provider, the development provider, or off. */
  signIn: SignInConnection;
  /** Drains in-flight requests (at most 5 s), closes the server and stops what it started. */
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does after reading the config: connect to (or start) Neo4j, apply the
 * schema, import the seeds into an empty graph, and serve the API and the explorer on one port.
 */
export async function startUp(config: Config, logger: Logger, say: (line: string) => void): Promise<Running> {
  const connection = await connect(config, say, logger);
  try {
    const { db } = connection;
    await applySchema(db);
    const [row] = await db.read(COUNT_SEEDED, {});
    if ((row?.count ?? 0) === 0) {
      say('The graph is empty: importing seeds/…');
      say(summaryLine(await runSeed(db, SEED_DIR, { onProgress: terminalProgress() })));
    } else {
      say(`Using the existing graph (${String(row?.count)} nodes); run "npm run seed" to re-import seeds/.`);
    }
    if (!(await warmUpReadPath(db))) logger.warn('planning the read path ahead did not complete; the first requests will plan it');
    if (!(await warmUpSearch(db))) logger.warn('planning search ahead did not complete; the first searches will plan it');
    const auth = createAuthFromConfig(config, logger);
    const app = await createApp({
      db,
      logger,
      typeDefs: loadTypeDefs(),
      resolvers,
      staticDir: CLIENT_DIST,
      introspection: config.VMK_INTROSPECTION ? config.VMK_INTROSPECTION === 'on' : config.NODE_ENV !== 'production',
      maxInFlight: config.VMK_MAX_IN_FLIGHT,
      auth,
      publicBaseUrl: config.VMK_PUBLIC_URL,
    });
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(config.PORT, config.HOST, resolve);
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    // After listen: the redirect URI the provider is told needs the port.
    let signIn: SignInConnection;
    try {
      signIn = await connectSignIn(auth, config, url, logger);
    } catch (error) {
      await app.close(0);
      throw error;
    }
    return {
      app,
      connection,
      url,
      signIn,
      stop: async () => {
        await app.close(DRAIN_MS);
        await signIn.stop();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
