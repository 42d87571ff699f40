/**
 * `npm run chaos`: a bounded fault run against the real product, reported, never timed in a test.
 * Starts `server/src/main.ts` as its own process with its own embedded Neo4j (a temp data folder,
 * a free port, loopback only), puts it under a steady load of 8 clients and then:
 *   1. kills the Neo4j JVM (SIGKILL) mid-load: the supervisor restarts it;
 *   2. freezes it (SIGSTOP) for 15 s, then thaws it: requests must still be answered by the deadline;
 *   3. sends a burst of 200 concurrent situation queries: the excess is refused at once;
 *   4. opens 20 slow clients that send one header byte a second: they are cut off;
 *   5. sends SIGTERM under load: in-hand requests are answered and the process exits 0.
 * Prints the figures and writes bench/results/chaos.json. Every loop is bounded in count and time.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../server/src/config.ts';
import { startProductProcess, type ProductProcess } from '../test/support/product-process.ts';

const CLIENTS = 8;
const BURST = 200;
const SLOW_CLIENTS = 20;
const SITUATION = {
  query: 'query ($input: SituationInput!) { situation(input: $input) { assessments { status instrument { id name } } openQuestions { field } } }',
  variables: { input: { adults: 1, children: 0, annualHouseholdIncome: 0, housing: 'HOMELESS', goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'] } },
};
const DETAIL = { query: '{ instrument(slug: "startlan") { id name targetGroups { name } goals { name } } }', variables: {} };

interface Sample {
  start: number;
  end: number;
  status: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function post(url: string, body: object, timeoutMs = 30_000): Promise<Sample> {
  const start = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { start, end: performance.now(), status: response.status };
  } catch {
    return { start, end: performance.now(), status: 0 };
  }
}

function neo4jPid(dataDir: string): number {
  const found = execFileSync('pgrep', ['-f', '--', `--home-dir=${dataDir}`], { encoding: 'utf8' }).trim().split('\n')[0];
  return Number(found);
}

/** Closed-loop load from `CLIENTS` clients until `stop()` is called; returns every sample. */
function load(url: string): { stop: () => Promise<Sample[]> } {
  const samples: Sample[] = [];
  let running = true;
  const clients = Array.from({ length: CLIENTS }, async (_, index) => {
    for (let count = 0; running && count < 100_000; count++) samples.push(await post(url, (index + count) % 2 ? SITUATION : DETAIL));
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return samples;
    },
  };
}

/** Time from `fault` until the first 1 s window after which every window has ≥ 99 % success. */
function timeToRecovery(samples: readonly Sample[], fault: number): number | undefined {
  const after = samples.filter((sample) => sample.end >= fault);
  const last = Math.max(...after.map((sample) => sample.end));
  const windows: { from: number; ok: boolean }[] = [];
  for (let from = fault; from < last; from += 1000) {
    const inWindow = after.filter((sample) => sample.end >= from && sample.end < from + 1000);
    const ok = inWindow.length > 0 && inWindow.filter((sample) => sample.status === 200).length / inWindow.length >= 0.99;
    windows.push({ from, ok });
  }
  const firstBadFromEnd = windows.map((window) => window.ok).lastIndexOf(false);
  const recovered = windows[firstBadFromEnd + 1];
  return recovered ? recovered.from - fault : undefined;
}

function faultFigures(samples: readonly Sample[], fault: number) {
  const after = samples.filter((sample) => sample.start >= fault - 10_000);
  const first503 = after.find((sample) => sample.start >= fault && sample.status === 503);
  return {
    requests: after.length,
    answered: after.filter((sample) => sample.status !== 0).length,
    status503: after.filter((sample) => sample.status === 503).length,
    timeToFirst503Ms: first503 ? Math.round(first503.end - fault) : null,
    slowestAnswerMs: Math.round(Math.max(...after.map((sample) => sample.end - sample.start))),
    timeToRecoveryMs: timeToRecovery(samples, fault) ?? null,
  };
}

async function killMidLoad(url: string, dataDir: string) {
  const running = load(url);
  await sleep(10_000);
  const fault = performance.now();
  process.kill(neo4jPid(dataDir), 'SIGKILL');
  await sleep(40_000);
  return faultFigures(await running.stop(), fault);
}

async function freezeMidLoad(url: string, dataDir: string) {
  const running = load(url);
  await sleep(5_000);
  const pid = neo4jPid(dataDir);
  const fault = performance.now();
  process.kill(pid, 'SIGSTOP');
  await sleep(15_000);
  process.kill(pid, 'SIGCONT');
  await sleep(15_000);
  return faultFigures(await running.stop(), fault);
}

async function burst(url: string) {
  const samples = await Promise.all(Array.from({ length: BURST }, () => post(url, SITUATION)));
  const refused = samples.filter((sample) => sample.status === 503);
  const served = samples.filter((sample) => sample.status === 200);
  const latency = (list: Sample[]): number[] => list.map((sample) => sample.end - sample.start).sort((a, b) => a - b);
  return {
    requests: BURST,
    served: served.length,
    refused503: refused.length,
    other: BURST - served.length - refused.length,
    slowestServedMs: Math.round(latency(served).at(-1) ?? 0),
    slowestRefusalMs: Math.round(latency(refused).at(-1) ?? 0),
  };
}

async function slowClients(url: string) {
  const port = Number(new URL(url).port);
  const started = performance.now();
  const closedAfter = await Promise.all(
    Array.from({ length: SLOW_CLIENTS }, () =>
      new Promise<number>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n'));
        const drip = setInterval(() => socket.writable && socket.write('X'), 1000);
        const give = (ms: number): void => {
          clearInterval(drip);
          socket.destroy();
          resolve(ms);
        };
        socket.on('close', () => give(performance.now() - started));
        socket.on('error', () => undefined);
        setTimeout(() => give(Infinity), 60_000);
      }),
    ),
  );
  return { clients: SLOW_CLIENTS, stillOpenAfter60s: closedAfter.filter((ms) => ms === Infinity).length, lastClosedAfterMs: Math.round(Math.max(...closedAfter)) };
}

async function stopUnderLoad(product: ProductProcess, url: string) {
  const running = load(url);
  await sleep(3_000);
  const signalled = performance.now();
  product.child.kill('SIGTERM');
  const code = await product.exited;
  const exitMs = performance.now() - signalled;
  const samples = (await running.stop()).filter((sample) => sample.start < signalled && sample.end >= signalled);
  return { exitCode: code, exitMs: Math.round(exitMs), inHand: samples.length, inHandAnswered: samples.filter((sample) => sample.status === 200).length };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vmk-chaos-'));
  try {
    console.log('Starting the product with its own Neo4j…');
    const product = await startProductProcess({ VMK_DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    for (let index = 0; index < 20; index++) await post(product.url, index % 2 ? SITUATION : DETAIL);
    console.log('1/5 killing Neo4j mid-load (SIGKILL)…');
    const kill = await killMidLoad(product.url, dataDir);
    console.log('2/5 freezing Neo4j for 15 s mid-load (SIGSTOP)…');
    const freeze = await freezeMidLoad(product.url, dataDir);
    console.log(`3/5 a burst of ${BURST} concurrent situation queries…`);
    const burstFigures = await burst(product.url);
    console.log(`4/5 ${SLOW_CLIENTS} clients sending a header byte a second…`);
    const slow = await slowClients(product.url);
    console.log('5/5 SIGTERM under load…');
    const stop = await stopUnderLoad(product, product.url);
    const result = { date: new Date().toISOString(), node: process.version, cores: os.cpus().length, clients: CLIENTS, kill, freeze, burst: burstFigures, slow, stop };
    await mkdir(path.join(ROOT_DIR, 'bench', 'results'), { recursive: true });
    await writeFile(path.join(ROOT_DIR, 'bench', 'results', 'chaos.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log('\n| fault | requests | 503 | time to first 503 | slowest answer | time to ≥ 99 % success |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [name, figures] of [['Neo4j killed (SIGKILL)', kill], ['Neo4j frozen 15 s (SIGSTOP)', freeze]] as const) {
      console.log(`| ${name} | ${figures.requests} | ${figures.status503} | ${figures.timeToFirst503Ms === null ? '–' : seconds(figures.timeToFirst503Ms)} | ${seconds(figures.slowestAnswerMs)} | ${figures.timeToRecoveryMs === null ? 'not reached' : seconds(figures.timeToRecoveryMs)} |`);
    }
    console.log(`\nBurst of ${BURST}: ${burstFigures.served} served (slowest ${seconds(burstFigures.slowestServedMs)}), ${burstFigures.refused503} refused with 503 (slowest refusal ${burstFigures.slowestRefusalMs} ms), ${burstFigures.other} other.`);
    console.log(`Slow clients: ${slow.clients - slow.stillOpenAfter60s} of ${slow.clients} cut off, the last after ${seconds(slow.lastClosedAfterMs)}.`);
    console.log(`SIGTERM under load: exit code ${stop.exitCode} after ${seconds(stop.exitMs)}; ${stop.inHandAnswered} of ${stop.inHand} requests in hand answered.`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
