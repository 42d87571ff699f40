import path from 'node:path';
import type { Logger } from 'pino';
import { ROOT_DIR, type Config } from './config.ts';
import { createApp, type App } from './http/create-app.ts';
import { connect, type Connection } from './neo4j/connect.ts';
import { resolvers } from './modules/resolvers.ts';
import { loadTypeDefs } from './modules/schema-files.ts';
import { warmUpReadPath } from './modules/entity/warm-up.ts';
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
    const app = await createApp({
      db,
      logger,
      typeDefs: loadTypeDefs(),
      resolvers,
      staticDir: CLIENT_DIST,
      introspection: config.VMK_INTROSPECTION ? config.VMK_INTROSPECTION === 'on' : config.NODE_ENV !== 'production',
      maxInFlight: config.VMK_MAX_IN_FLIGHT,
    });
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', reject);
      app.server.listen(config.PORT, config.HOST, resolve);
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    return {
      app,
      connection,
      url,
      stop: async () => {
        await app.close(DRAIN_MS);
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
