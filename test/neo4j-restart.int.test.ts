import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR, loadConfig } from '../server/src/config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/src/embedded-neo4j/launcher.ts';
import { warmUpReadPath } from '../server/src/modules/entity/warm-up.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let home: string;
let neo4j: EmbeddedNeo4j | undefined;
let server: OwnServer;
let port: number;
const cacheDir = loadConfig().VMK_CACHE_DIR;
const QUERY = '{ node(id: "loan") { id } }';

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'vmk-restart-'));
  neo4j = await startEmbeddedNeo4j({ homeDir: home, cacheDir });
  port = Number(new URL(neo4j.uri).port);
  server = await startOwnServer(neo4j);
  await runSeed(server.db, path.join(ROOT_DIR, 'test', 'fixtures', 'seeds', 'valid'));
  await warmUpReadPath(server.db);
});

afterAll(async () => {
  await server.close();
  await neo4j?.stop();
  await rm(home, { recursive: true, force: true });
});

describe('when Neo4j stops and comes back', () => {
  it('fails fast with SERVICE_UNAVAILABLE while it is down, and recovers without a restart', async () => {
    expect((await postGraphQL(server.baseUrl, QUERY)).body.data).toEqual({ node: { id: 'loan' } });

    await neo4j?.stop();
    const { body } = await postGraphQL(server.baseUrl, QUERY);
    expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).not.toMatch(/bolt|neo4j|ECONNREFUSED/i);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(503);

    neo4j = await startEmbeddedNeo4j({ homeDir: home, cacheDir, boltPort: port });
    // A new JVM has no plans cached: planned ahead (as start-up does), not within a request's 8 s.
    await warmUpReadPath(server.db);
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await postGraphQL(server.baseUrl, QUERY)).body.data?.node !== undefined;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
  });
});
