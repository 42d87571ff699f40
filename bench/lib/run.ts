/**
 * Pieces both benches share around a run: servers as children through their proxies, the peer's
 * own npm install, clean-up on Ctrl-C, and the results file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../../server/src/config.ts';
import { startServerChild, type ServerChild } from './children.ts';
import type { BenchNeo4j } from './neo4j.ts';
import type { Proxies } from './proxy-process.ts';

export const BENCH_DIR = path.join(ROOT_DIR, 'bench');
export const PEER_DIR = path.join(BENCH_DIR, 'peer');

/** The peer is its own npm package; install it on first use, from its lock file. */
export function ensurePeerInstalled(log: (line: string) => void): void {
  if (existsSync(path.join(PEER_DIR, 'node_modules'))) return;
  log('Installing the peer (bench/peer) on first use…');
  const result = spawnSync('npm', ['--prefix', PEER_DIR, 'install', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm install in bench/peer failed (${result.status ?? result.signal})`);
}

export type ServerName = 'project' | 'peer' | 'floor';

const SCRIPTS: Record<ServerName, { script: string; cwd: string }> = {
  project: { script: path.join(BENCH_DIR, 'servers', 'project.ts'), cwd: ROOT_DIR },
  // Run inside bench/peer so @neo4j/graphql, its driver and graphql resolve from the peer's own node_modules.
  peer: { script: path.join(PEER_DIR, 'server.ts'), cwd: PEER_DIR },
  floor: { script: path.join(BENCH_DIR, 'servers', 'floor.ts'), cwd: ROOT_DIR },
};

export function startServer(name: ServerName, neo4j: BenchNeo4j, proxies: Proxies, env?: Record<string, string>): Promise<ServerChild> {
  return startServerChild({
    name,
    ...SCRIPTS[name],
    settings: { uri: proxies.uri(name), username: neo4j.server.username, password: neo4j.server.password },
    ...(env ? { env } : {}),
  });
}

/** Stops everything started so far, also on Ctrl-C, so no JVM or temp folder is left behind. */
export class Cleanup {
  private readonly steps: (() => Promise<void>)[] = [];
  private done = false;

  constructor() {
    process.once('SIGINT', () => {
      void this.run().finally(() => process.exit(130));
    });
  }

  add(step: () => Promise<void>): void {
    this.steps.push(step);
  }

  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) await step().catch((error: unknown) => console.error(`clean-up: ${String(error)}`));
  }
}

/** bench/results/<prefix>-YYYY-MM-DD.json; returns the path written. */
export async function writeResults(prefix: string, report: unknown): Promise<string> {
  const dir = path.join(BENCH_DIR, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${prefix}-${new Date().toISOString().slice(0, 10)}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** Neo4j's version as the server reports it, for the results file. */
export async function neo4jVersion(neo4j: BenchNeo4j): Promise<string> {
  const session = neo4j.db.driver.session();
  try {
    const result = await session.run('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    return String(result.records[0]?.get('version') ?? 'unknown');
  } finally {
    await session.close();
  }
}

/**
 * An error's message with what it wraps: the project's DatabaseUnavailableError says only "not
 * available right now" to clients and keeps Neo4j's own error in `databaseError`.
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    parts.push(current instanceof Error ? current.message : String(current));
    const inner = current as { databaseError?: unknown; cause?: unknown };
    current = inner.databaseError ?? inner.cause;
  }
  return parts.join(' ← ');
}
