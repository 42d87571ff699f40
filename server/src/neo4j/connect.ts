import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { Neo4jSetupError } from '../embedded-neo4j/errors.ts';
import { startEmbeddedNeo4j } from '../embedded-neo4j/launcher.ts';
import { Database } from './database.ts';

export interface Connection {
  db: Database;
  /** "embedded Neo4j in .data/neo4j" or the external URI, for the start-up banner. */
  description: string;
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/** A clean Neo4j stop takes about 2 s here; past 3 s it is killed, so a stop (drain included) ends within 15 s. */
const NEO4J_STOP_TIMEOUT_MS = 3_000;

/**
 * Uses the Neo4j that NEO4J_URI points at, or else starts the project's own embedded Neo4j
 * (fetched from Maven Central on first use) with its data in VMK_DATA_DIR.
 */
export async function connect(config: Config, log: (line: string) => void, logger?: Logger): Promise<Connection> {
  if (config.NEO4J_URI) {
    const db = Database.connect({ uri: config.NEO4J_URI, username: config.NEO4J_USERNAME, password: config.NEO4J_PASSWORD ?? '', database: config.NEO4J_DATABASE });
    try {
      await db.verify();
    } catch (error) {
      await db.close();
      throw new Neo4jSetupError(
        `Neo4j at ${config.NEO4J_URI} could not be reached or refused the login: check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to let the project start its own Neo4j.`,
        String(error),
      );
    }
    return { db, description: `Neo4j at ${config.NEO4J_URI}`, close: () => db.close() };
  }
  log('Starting the embedded Neo4j…');
  const server = await startEmbeddedNeo4j({
    homeDir: config.VMK_DATA_DIR,
    cacheDir: config.VMK_CACHE_DIR,
    log,
    onUnexpectedExit: (event) =>
      logger
        ? logger.warn(event, 'embedded Neo4j stopped unexpectedly; restarting it')
        : log(`Neo4j stopped unexpectedly (${event.exit}); restarting it in ${event.delayMs / 1000} s (restart ${event.restart}).`),
  });
  const db = Database.connect({ uri: server.uri, username: server.username, password: server.password });
  return {
    db,
    description: `embedded Neo4j (${server.uri}, data in ${config.VMK_DATA_DIR})`,
    close: async () => {
      await db.close();
      await server.stop(NEO4J_STOP_TIMEOUT_MS);
    },
  };
}
