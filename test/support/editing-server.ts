/**
 * A writable product server for editing tests: the scratch Neo4j emptied and loaded with the real
 * seeds/, served with sign-in against the development identity provider. The main server's graph
 * is read by every other test and is never written.
 */
import neo4j from 'neo4j-driver';
import type { ConnectionSettings } from '../../server/src/neo4j/database.ts';
import { warmUpReadPath } from '../../server/src/modules/entity/warm-up.ts';
import { runSeed, type SeedReport } from '../../server/src/seed/run-seed.ts';
import { SEED_DIR } from '../../server/src/start-up.ts';
import { startAuthServer, type AuthServer } from './sign-in.ts';

/**
 * Removes everything from a test database, in batches (a whole-graph delete in one transaction
 * runs out of memory as the graph grows). Test support only: the product never deletes records.
 */
export async function emptyDatabase(settings: ConnectionSettings): Promise<void> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database: settings.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

export interface EditingServer extends AuthServer {
  seeded: SeedReport;
  /** Empties the database again, so the next test file finds it as the global setup left it. */
  closeAndEmpty(): Promise<void>;
}

export async function startEditingServer(settings: ConnectionSettings, seedDir: string = SEED_DIR): Promise<EditingServer> {
  await emptyDatabase(settings);
  const server = await startAuthServer(settings);
  const seeded = await runSeed(server.db, seedDir);
  // As npm start does: the first read would otherwise plan the entity statement within its 8 s.
  await warmUpReadPath(server.db);
  return {
    ...server,
    seeded,
    closeAndEmpty: async () => {
      await server.close();
      await emptyDatabase(settings);
    },
  };
}
