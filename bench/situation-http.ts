/**
 * `npx tsx bench/situation-http.ts`: latency of the `situation` query over real HTTP against a real
 * Neo4j, for three graphs:
 *   1. the real seed graph;
 *   2. "100× context": the real graph plus 99 copies of everything that is not a household-facing
 *      instrument (sources, actors, laws, goals, supply-side instruments…): the graph is ~100×
 *      larger, the candidates are the same;
 *   3. "100× all": 100 copies of everything, so the candidates are 100× too.
 * If the engine's cost follows the candidates and not the graph, (2) stays near (1) and (3) grows
 * about 100×. Closed loop at concurrency 1 after a warm-up; reports p50, p95 and p99 in ms and
 * writes bench/results/situation-http.json. Starts and stops its own Neo4j in a temp folder.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig, ROOT_DIR } from '../server/src/config.ts';
import { startEmbeddedNeo4j } from '../server/src/embedded-neo4j/launcher.ts';
import { createApp } from '../server/src/http/create-app.ts';
import { resolvers } from '../server/src/modules/resolvers.ts';
import { loadTypeDefs } from '../server/src/modules/schema-files.ts';
import { Database } from '../server/src/neo4j/database.ts';
import type { SeedGraph } from '../server/src/seed/build-graph.ts';
import { importGraph } from '../server/src/seed/import-graph.ts';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { applySchema } from '../server/src/seed/apply-schema.ts';
import { copyGraph, isCandidate } from './synthetic-graph.ts';

const WARM_UP = 100;
const MEASURED = 400;
/** A slow arm stops after this long, so the 100× arm finishes in minutes. */
const MAX_MEASURE_MS = 120_000;

const HOUSEHOLDS = [
  { adults: 2, children: 2, annualHouseholdIncome: 420000, housing: 'RENTING_PRIVATE', goals: ['BUY_HOME'], bankLoanRefused: true, canServiceLoan: true },
  { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] },
  { adults: 1, children: 0, annualHouseholdIncome: 0, housing: 'HOMELESS', goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'], canServiceLoan: false },
  { adults: 1, children: 0, applicantAge: 24, housing: 'TEMPORARY_ACCOMMODATION', goals: ['RENT_HOME'], leavingChildWelfare: true },
];
const QUERY = `query ($input: SituationInput!) { situation(input: $input) {
  assessments { status instrument { slug name decidedBy { name } } criteria { outcome explanation } }
  combinations { rationale steps { instrument { slug } owners { name } } } openQuestions { field question } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(url: string): Promise<{ requests: number; p50: number; p95: number; p99: number; mean: number; assessments: number }> {
  let assessments = 0;
  const send = async (i: number): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { input: HOUSEHOLDS[i % HOUSEHOLDS.length] } }),
    });
    const body = (await response.json()) as { data?: { situation: { assessments: unknown[] } }; errors?: unknown };
    if (!body.data) throw new Error(`situation failed: ${JSON.stringify(body.errors)}`);
    assessments = body.data.situation.assessments.length;
    return performance.now() - started;
  };
  const warmUpEnds = performance.now() + MAX_MEASURE_MS / 4;
  for (let i = 0; i < WARM_UP && performance.now() < warmUpEnds; i++) await send(i);
  const times: number[] = [];
  const measureEnds = performance.now() + MAX_MEASURE_MS;
  for (let i = 0; i < MEASURED && (i < 20 || performance.now() < measureEnds); i++) times.push(await send(i));
  times.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return { requests: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(percentile(times, 99)), mean: round(times.reduce((a, b) => a + b, 0) / times.length), assessments };
}

async function main(): Promise<void> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'vmk-bench-'));
  const neo4j = await startEmbeddedNeo4j({ homeDir: home, cacheDir: loadConfig().VMK_CACHE_DIR, heap: '1g', pageCache: '256m' });
  const db = Database.connect(neo4j);
  const app = await createApp({ db, logger: pino({ level: 'warn' }, pino.destination(2)), typeDefs: loadTypeDefs(), resolvers, introspection: false });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    await applySchema(db);
    const { graph, problems } = await loadSeeds(path.join(ROOT_DIR, 'seeds'));
    if (problems.length > 0) throw new Error('seeds/ has problems; run npm run seed -- --check');
    const arms: [string, SeedGraph][] = [
      ['real seed graph', graph],
      ['100× context, same candidates', copyGraph(graph, 100, (node) => !isCandidate(node, graph))],
      ['100× all (100× candidates)', copyGraph(graph, 100, () => true)],
    ];
    const results = [];
    for (const [name, armGraph] of arms) {
      const importStarted = performance.now();
      await importGraph(db, armGraph);
      const importSeconds = Math.round((performance.now() - importStarted) / 100) / 10;
      const figures = await measure(url);
      results.push({ arm: name, nodes: armGraph.nodes.length, relationships: armGraph.relationships.length, importSeconds, ...figures });
      console.log(`${name.padEnd(32)} nodes ${String(armGraph.nodes.length).padStart(6)}  imported in ${importSeconds} s  candidates ${String(figures.assessments).padStart(5)}  requests ${figures.requests}  p50 ${figures.p50} ms  p95 ${figures.p95} ms  p99 ${figures.p99} ms`);
    }
    await mkdir(path.join(ROOT_DIR, 'bench', 'results'), { recursive: true });
    const report = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, warmUp: WARM_UP, measured: MEASURED, concurrency: 1, results };
    await writeFile(path.join(ROOT_DIR, 'bench', 'results', 'situation-http.json'), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    app.server.closeAllConnections();
    await new Promise<void>((resolve) => app.server.close(() => resolve()));
    await app.apollo.stop();
    await db.close();
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  }
}

await main();
