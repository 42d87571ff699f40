/**
 * `npm start`'s process as a process manager or container runtime stops it: a signal to the Node
 * process alone (issue 10 §2). Runs the real entry point with its own embedded Neo4j.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductProcess, waitFor, type ProductProcess } from './support/product-process.ts';

const SITUATION = '{ situation(input: { adults: 1, children: 0, housing: HOMELESS, goals: [] }) { assessments { status } } }';
let dataDir: string;
/** A first start fetches nothing but imports the seeds as revision 1, starts the development identity provider and plans the read path: on a busy machine past the default 60 s. */
const START_ALLOWANCE_MS = 150_000;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmk-stopping-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function startProduct(): Promise<ProductProcess> {
  return startProductProcess({ VMK_DATA_DIR: dataDir });
}

/** Neo4j JVMs whose home is this test's data folder. */
function neo4jProcesses(): string[] {
  try {
    return execFileSync('pgrep', ['-f', '--', `--home-dir=${dataDir}`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function situation(url: string): Promise<number> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SITUATION }) }).then(async (response) => {
    await response.json();
    return response.status;
  });
}

describe('stopping the product with a signal', () => {
  it('one SIGTERM answers the requests in hand, stops Neo4j cleanly and exits 0', async () => {
    const product = await startProduct();
    expect(await situation(product.url)).toBe(200);
    expect(neo4jProcesses()).toHaveLength(1);

    // Neo4j is frozen so the four requests are certainly in hand when the signal comes.
    const [jvm] = neo4jProcesses();
    process.kill(Number(jvm), 'SIGSTOP');
    const inHand = Array.from({ length: 4 }, () => situation(product.url));
    await waitFor(async () => / 4$/m.test((await (await fetch(`${product.url}/metrics`)).text()).split('\n').find((line) => line.startsWith('graphql_requests_in_flight')) ?? ''));
    product.child.kill('SIGTERM');
    await waitFor(async () => product.output().includes('finishing the requests in hand'));
    process.kill(Number(jvm), 'SIGCONT');

    expect(await Promise.all(inHand)).toEqual([200, 200, 200, 200]);
    expect(await product.exited).toBe(0);
    expect(product.output()).toMatch(/Stopped cleanly in \d+\.\d s/);
    expect(neo4jProcesses()).toEqual([]);
    await expect(fetch(`${product.url}/healthz`)).rejects.toThrow();
  }, START_ALLOWANCE_MS);

  it('a second signal exits at once, with the signal exit code, and Neo4j still goes down', async () => {
    const product = await startProduct();
    product.child.kill('SIGINT');
    // Signals sent back to back may merge into one; the second comes once the first is being handled.
    await waitFor(async () => product.output().includes('finishing the requests in hand'));
    product.child.kill('SIGINT');
    expect(await product.exited).toBe(130);
    expect(product.output()).toMatch(/SIGINT: exiting now/);
    for (let attempt = 0; attempt < 60 && neo4jProcesses().length > 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(neo4jProcesses()).toEqual([]);
  }, START_ALLOWANCE_MS);
});
