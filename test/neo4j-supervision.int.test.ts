/**
 * The embedded Neo4j as an operator meets it: a JVM that dies is restarted without restarting the
 * API, a Neo4j that stops answering gives 503 + Retry-After instead of hanging requests, and its
 * files are private to the user (issue 10 §3, §4).
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR, loadConfig } from '../server/src/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type UnexpectedExit } from '../server/src/embedded-neo4j/launcher.ts';
import { warmUpReadPath } from '../server/src/modules/entity/warm-up.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let home: string;
let neo4j: EmbeddedNeo4j;
let server: OwnServer;
const exits: UnexpectedExit[] = [];
const QUERY = '{ node(id: "loan") { id } }';

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'vmk-supervised-'));
  neo4j = await startEmbeddedNeo4j({ homeDir: home, cacheDir: loadConfig().VMK_CACHE_DIR, onUnexpectedExit: (event) => exits.push(event) });
  server = await startOwnServer(neo4j);
  await runSeed(server.db, path.join(ROOT_DIR, 'test', 'fixtures', 'seeds', 'valid'));
  // As npm start does: a fresh JVM plans the entity statement slowly, past a request's 8 s on a busy machine.
  await warmUpReadPath(server.db);
});

afterAll(async () => {
  if (neo4j.pid) process.kill(neo4j.pid, 'SIGCONT');
  await server.close();
  await neo4j.stop();
  await rm(home, { recursive: true, force: true });
});

async function answersAgain(): Promise<boolean> {
  // A restarted JVM has no plans cached: plan ahead once it answers, as start-up does.
  for (let attempt = 0; attempt < 120 && !(await server.db.ping()); attempt++) await new Promise((resolve) => setTimeout(resolve, 500));
  await warmUpReadPath(server.db);
  for (let attempt = 0; attempt < 120; attempt++) {
    const { body } = await postGraphQL(server.baseUrl, QUERY);
    if (body.data?.node) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

describe('the supervised embedded Neo4j', () => {
  it('is started again after its JVM is killed, and the API answers again without a restart', async () => {
    expect((await postGraphQL(server.baseUrl, QUERY)).body.data).toEqual({ node: { id: 'loan' } });
    const firstPid = neo4j.pid;
    process.kill(firstPid ?? 0, 'SIGKILL');

    expect(await answersAgain()).toBe(true);
    expect(neo4j.restarts).toBe(1);
    expect(neo4j.pid).not.toBe(firstPid);
    expect(exits).toEqual([{ exit: 'SIGKILL', restart: 1, delayMs: 1000 }]);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
  });

  it('answers 503 with SERVICE_UNAVAILABLE and Retry-After while Neo4j is frozen, and readiness says so', async () => {
    process.kill(neo4j.pid ?? 0, 'SIGSTOP');
    try {
      const [frozen, ready] = await Promise.all([postGraphQL(server.baseUrl, QUERY), fetch(`${server.baseUrl}/readyz`)]);
      expect(frozen.status).toBe(503);
      expect(frozen.headers.get('retry-after')).toBe('5');
      expect(frozen.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(frozen.body.errors?.[0]?.message).not.toMatch(/bolt|neo4j|cypher|timed out/i);
      expect(ready.status).toBe(503);
    } finally {
      process.kill(neo4j.pid ?? 0, 'SIGCONT');
    }
    expect(await answersAgain()).toBe(true);
  });

  it('keeps its data, logs and password private to the user', () => {
    const mode = (relative: string): string => (statSync(path.join(home, relative)).mode & 0o777).toString(8);
    expect([mode('.'), mode('data'), mode('logs'), mode('conf')]).toEqual(['700', '700', '700', '700']);
    expect([mode('password'), mode('logs/neo4j.log'), mode('logs/debug.log'), mode('conf/neo4j.conf')]).toEqual(['600', '600', '600', '600']);
  });
});
