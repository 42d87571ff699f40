/**
 * Starts what the integration and browser tests need, once per run: a real Neo4j 5.26 (fetched
 * from Maven Central on first use) loaded with the real seeds and served by the real HTTP server,
 * and a second, empty Neo4j for tests that rewrite the graph. Never skips: if Neo4j cannot be
 * obtained, the run fails with the reason.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../server/src/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/embedded-neo4j/launcher.ts';
import { createLogger } from '../server/src/logger.ts';
import { startUp, type Running } from '../server/src/start-up.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real server (API + built explorer) over the real seed graph. */
    baseUrl: string;
    /** Bolt settings of the Neo4j behind baseUrl (read it, never write it). */
    mainNeo4j: { uri: string; username: string; password: string };
    /** An empty Neo4j that tests may rewrite (seed pipeline tests). */
    scratchNeo4j: { uri: string; username: string; password: string };
    /** Where the server's JSON log lines go, for the privacy tests. */
    serverLogFile: string;
  }
}

let running: Running | undefined;
let scratch: EmbeddedNeo4j | undefined;
let tempRoot: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  tempRoot = await mkdtemp(path.join(os.tmpdir(), 'vmk-test-'));
  const cacheDir = loadConfig().VMK_CACHE_DIR;
  const say = (line: string): void => console.log(`[global-setup] ${line}`);
  const main = startEmbeddedNeo4j({ homeDir: path.join(tempRoot, 'main'), cacheDir, log: say });
  const other = startEmbeddedNeo4j({ homeDir: path.join(tempRoot, 'scratch'), cacheDir, log: say });
  const [mainNeo4j, scratchNeo4j] = await Promise.all([main, other]);
  scratch = scratchNeo4j;
  const serverLogFile = path.join(tempRoot, 'server.log');
  const config = loadConfig({ NEO4J_URI: mainNeo4j.uri, NEO4J_USERNAME: mainNeo4j.username, NEO4J_PASSWORD: mainNeo4j.password, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'info' });
  const logger = createLogger('info', pino.destination({ dest: serverLogFile, sync: true }));
  running = await startUp(config, logger, say);
  const stopMain = mainNeo4j.stop;
  const stopRunning = running.stop;
  running.stop = async () => {
    await stopRunning();
    await stopMain();
  };
  project.provide('baseUrl', running.url);
  project.provide('mainNeo4j', { uri: mainNeo4j.uri, username: mainNeo4j.username, password: mainNeo4j.password });
  project.provide('scratchNeo4j', { uri: scratchNeo4j.uri, username: scratchNeo4j.username, password: scratchNeo4j.password });
  project.provide('serverLogFile', serverLogFile);
}

export async function teardown(): Promise<void> {
  await Promise.all([running?.stop(), scratch?.stop()]);
  if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
}
