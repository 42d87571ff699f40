/**
 * One Neo4j 5.26 for a benchmark run: the project's own embedded server in a temp folder (1 GiB
 * heap by default, as in the measurements), the schema applied and a seed graph imported. Every bench
 * starts its own so nothing else on the machine shares the page cache or the transaction log.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ROOT_DIR } from '../../server/src/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/embedded-neo4j/launcher.ts';
import { Database } from '../../server/src/neo4j/database.ts';
import { applySchema } from '../../server/src/seed/apply-schema.ts';
import type { SeedGraph } from '../../server/src/seed/build-graph.ts';
import { importGraph } from '../../server/src/seed/import-graph.ts';
import { loadSeeds } from '../../server/src/seed/load-seeds.ts';

export interface BenchNeo4j {
  server: EmbeddedNeo4j;
  /** The runner's own connection: seeding, PROFILE, never timed. */
  db: Database;
  /** Bolt host and port, for the byte-counting proxies in front of it. */
  host: string;
  port: number;
  /** Replaces the graph in the database with `graph` (the import deletes what is not in it). */
  load(graph: SeedGraph): Promise<{ seconds: number }>;
  stop(): Promise<void>;
}

/**
 * Resamples the indexes and empties the plan cache, so what is measured runs on plans made from
 * the graph as imported: right after an import the planner still has the empty database's
 * statistics (a detail lookup PROFILEd at 30,877 dbHits before, 2,110 after), and a server that
 * has been up a while has replanned long since.
 */
async function replanOnFreshStatistics(db: Database): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run('CALL db.prepareForReplanning(300)');
  } finally {
    await session.close();
  }
}

/** The real seed graph from seeds/, refusing to benchmark seeds that do not validate. */
export async function realSeedGraph(): Promise<SeedGraph> {
  const { graph, problems } = await loadSeeds(path.join(ROOT_DIR, 'seeds'));
  if (problems.length > 0) throw new Error(`seeds/ has ${problems.length} problem(s); run npm run seed -- --check`);
  return graph;
}

/** `heap`: 1 GiB unless a bench needs more (the scale bench's 100× import is one large transaction). */
export async function startBenchNeo4j(log: (line: string) => void, heap = '1g'): Promise<BenchNeo4j> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'vmk-bench-'));
  log(`Starting Neo4j (heap ${heap}) in ${home}…`);
  const server = await startEmbeddedNeo4j({ homeDir: home, cacheDir: loadConfig().VMK_CACHE_DIR, heap, pageCache: '256m' });
  const db = Database.connect(server);
  const { hostname, port } = new URL(server.uri.replace(/^bolt:/, 'http:'));
  try {
    await applySchema(db);
  } catch (error) {
    await db.close();
    await server.stop();
    throw error;
  }
  return {
    server,
    db,
    host: hostname,
    port: Number(port),
    load: async (graph) => {
      const started = performance.now();
      await importGraph(db, graph);
      await replanOnFreshStatistics(db);
      return { seconds: Math.round((performance.now() - started) / 100) / 10 };
    },
    stop: async () => {
      await db.close();
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
}
