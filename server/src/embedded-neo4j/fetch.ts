import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { NEO4J_POM, NEO4J_VERSION, neo4jLibDir } from './paths.ts';
import { runProcess } from './run-process.ts';

const COMPLETE_MARKER = '.complete';

export interface FetchResult {
  libDir: string;
  jarCount: number;
  /** False when the jars were already in the cache. */
  downloaded: boolean;
}

/**
 * Makes sure the Neo4j jars for the pinned version are in the cache, fetching them from Maven Central
 * with the machine's `mvn` the first time. The jars land in a temporary folder that is renamed into
 * place only when Maven succeeded, so an interrupted fetch never leaves a half-filled cache behind.
 */
export async function ensureNeo4jJars(cacheDir: string, log: (line: string) => void = () => {}): Promise<FetchResult> {
  const libDir = neo4jLibDir(cacheDir);
  if (existsSync(path.join(libDir, COMPLETE_MARKER))) {
    return { libDir, jarCount: await countJars(libDir), downloaded: false };
  }
  await requireMaven();
  const stagingDir = `${libDir}.partial-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(path.dirname(libDir), { recursive: true });
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
  return { libDir, jarCount: await countJars(libDir), downloaded: true };
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
