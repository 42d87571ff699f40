import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { NEO4J_POM, NEO4J_VERSION, neo4jLibDir } from './paths.ts';
import { runProcess } from './run-process.ts';

const COMPLETE_MARKER = '.complete';

/**
 * A fetch from the network takes about a minute; a waiter gives up after ten. The holder refreshes
 * its lock every 5 s, so a lock left by a killed process goes stale (and is taken over) after 20 s.
 */
const LOCK_OPTIONS = {
  stale: 20_000,
  update: 5_000,
  retries: { retries: 1_200, factor: 1, minTimeout: 500, maxTimeout: 500 },
} as const;

export interface FetchResult {
  libDir: string;
  jarCount: number;
  /** False when the jars were already in the cache (or another process just put them there). */
  downloaded: boolean;
}

/**
 * Makes sure the Neo4j jars for the pinned version are in the cache, fetching them from Maven Central
 * with the machine's `mvn` the first time. Safe to call from several processes at once: one fetches
 * under a file lock while the others wait for it and then use its result. The jars land in a staging
 * folder that is renamed into place only when Maven succeeded, so an interrupted fetch never leaves
 * a half-filled cache behind.
 */
export async function ensureNeo4jJars(cacheDir: string, log: (line: string) => void = () => {}): Promise<FetchResult> {
  const libDir = neo4jLibDir(cacheDir);
  if (isComplete(libDir)) return { libDir, jarCount: await countJars(libDir), downloaded: false };

  const versionDir = path.dirname(libDir);
  await mkdir(versionDir, { recursive: true });
  const release = await acquireFetchLock(versionDir, log);
  try {
    // Whoever held the lock before us may have finished the fetch.
    if (isComplete(libDir)) return { libDir, jarCount: await countJars(libDir), downloaded: false };
    await fetchInto(libDir, log);
    return { libDir, jarCount: await countJars(libDir), downloaded: true };
  } finally {
    await release();
  }
}

function isComplete(libDir: string): boolean {
  return existsSync(path.join(libDir, COMPLETE_MARKER));
}

async function acquireFetchLock(versionDir: string, log: (line: string) => void): Promise<() => Promise<void>> {
  const lockPath = `${versionDir}.lock`;
  try {
    return await lockfile.lock(versionDir, { ...LOCK_OPTIONS, retries: 0, lockfilePath: lockPath });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
  }
  log(`Another process is fetching Neo4j ${NEO4J_VERSION}; waiting for it…`);
  try {
    return await lockfile.lock(versionDir, { ...LOCK_OPTIONS, lockfilePath: lockPath });
  } catch (error) {
    throw new Neo4jSetupError(
      `Waited 10 minutes for another process fetching Neo4j into ${versionDir}: stop it or delete ${lockPath}, ${USE_EXISTING_HINT}.`,
      String(error),
    );
  }
}

async function fetchInto(libDir: string, log: (line: string) => void): Promise<void> {
  await requireMaven();
  const stagingDir = `${libDir}.partial-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  log(`Fetching Neo4j ${NEO4J_VERSION} Community from Maven Central (about 120 MB, once)…`);
  const result = await runProcess('mvn', [
    '-q',
    '-B',
    '-f',
    NEO4J_POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${stagingDir}`,
    '-DincludeScope=runtime',
  ]);
  if (result.code !== 0) {
    await rm(stagingDir, { recursive: true, force: true });
    throw new Neo4jSetupError(
      `Maven could not fetch Neo4j ${NEO4J_VERSION} from Maven Central: check the network and ~/.m2/settings.xml, ${USE_EXISTING_HINT}.`,
      (result.stdout + result.stderr).slice(-4000),
    );
  }
  await writeFile(path.join(stagingDir, COMPLETE_MARKER), `${NEO4J_VERSION}\n`);
  await rm(libDir, { recursive: true, force: true });
  await rename(stagingDir, libDir);
}

async function requireMaven(): Promise<void> {
  const result = await runProcess('mvn', ['-v']);
  if (result.code !== 0) {
    throw new Neo4jSetupError(
      `Maven (mvn) was not found: install it (for example "apt-get install maven") so the project can fetch Neo4j from Maven Central, ${USE_EXISTING_HINT}.`,
      result.stderr,
    );
  }
}

async function countJars(dir: string): Promise<number> {
  return (await readdir(dir)).filter((name) => name.endsWith('.jar')).length;
}
