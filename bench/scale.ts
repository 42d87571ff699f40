/**
 * `npm run bench:scale`: the project's detail lookup, page of 20 and situation on the seed graph
 * at 1×, 10× and 100× (bench/synthetic-graph.ts `copyGraph`, everything copied, so at 100× the
 * situation has 100× the candidates). Issue 13, goals 4 and 5: a page should cost the same dbHits
 * at every size, and a situation with 2,500 candidates should answer within 1 s. Project only.
 * For each size and operation: statements and dbHits (PROFILE of the statements the server sent),
 * bytes read from Neo4j per request (through a byte-counting proxy), and p50/p95 at 1 connection
 * (a fixed count of requests sized to about 10 s). Writes bench/results/scale-<date>.json.
 * About 4 minutes on 2 cores; `npm run bench:scale -- 1 10` for some sizes only.
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { field, list } from './lib/answers.ts';
import { postGraphQL, type GraphQLRequest } from './lib/graphql.ts';
import { capture, dbHitsOf, graphQLLoad, measure, type LoadSample, type Target } from './lib/measure.ts';
import { realSeedGraph, startBenchNeo4j } from './lib/neo4j.ts';
import { projectOperations, situationRequests } from './lib/operations.ts';
import { startProxies, type Proxies } from './lib/proxy-process.ts';
import { Cleanup, describeError, neo4jVersion, startServer, writeResults } from './lib/run.ts';
import { round } from './lib/stats.ts';
import { bytes, figure, markdownTable } from './lib/table.ts';
import { copyGraph } from './synthetic-graph.ts';

/** `npm run bench:scale -- 1 10` measures only those sizes. */
const SCALES = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [1, 10, 100];
if (SCALES.some((scale) => !Number.isInteger(scale) || scale < 1)) throw new Error(`sizes must be whole numbers ≥ 1: ${process.argv.slice(2).join(' ')}`);
/**
 * The project imports a graph in one transaction; at 100× (67,000 nodes, 155,000 relationships)
 * that passes the 70 % of the heap Neo4j allows all transactions (MemoryPoolOutOfMemoryError at
 * 1 GiB and at 2 GiB), so this bench runs Neo4j with 3 GiB. The reads measured need far less.
 */
const HEAP = '3g';
const SLUG = 'startlan';
/** About this long per operation at 1 connection, between MIN and MAX requests. */
const TARGET_SECONDS = 10;
const MIN_REQUESTS = 5;
const WARM_UP_REQUESTS = 200;
const WARM_UP_SECONDS = 5;
const MAX_REQUESTS = 400;

const log = (line: string): void => console.log(line);

interface Row {
  scale: number;
  nodes: number;
  relationships: number;
  importSeconds: number;
  operation: string;
  statements?: number;
  dbHits?: number;
  /** For the situation: assessments in the first household's answer (the candidates shown). */
  assessments?: number;
  sample?: LoadSample;
  error?: string;
}

const problems: string[] = [];

async function measureOperation(target: Target, proxies: Proxies, driver: Driver, key: string, requests: GraphQLRequest[]): Promise<Omit<Row, 'scale' | 'nodes' | 'relationships' | 'importSeconds'>> {
  const first = requests[0];
  if (!first) throw new Error(`${key} has no request`);
  try {
    // Warm-up: plans compiled, pages cached, the JIT warm; bounded so a 16 s situation runs twice.
    const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
    for (let i = 0; i < WARM_UP_REQUESTS && (i < 2 || performance.now() < warmUntil); i++) await postGraphQL(target.child.url, requests[i % requests.length] ?? first);
    const captured = await capture(target, proxies, first);
    const dbHits = await dbHitsOf(driver, captured.statements);
    const assessments = key === 'situation' ? list(field(field(captured.data, 'situation', key), 'assessments', key), key).length : undefined;
    // Sized from the captured request's time, so a 16 s situation is asked 5 times, not 400.
    const amount = Math.min(MAX_REQUESTS, Math.max(MIN_REQUESTS, Math.round((TARGET_SECONDS * 1000) / Math.max(captured.ms, 1))));
    const sample = await measure(target, proxies, graphQLLoad(requests), { connections: 1, warmUpSeconds: 0, amount, timeoutSeconds: 60 });
    return { operation: key, statements: captured.count, dbHits, ...(assessments === undefined ? {} : { assessments }), sample };
  } catch (error) {
    const message = describeError(error);
    problems.push(`${key}: ${message}`);
    console.error(`  ✗ ${key}: ${message}`);
    return { operation: key, error: message };
  }
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  const started = performance.now();
  const rows: Row[] = [];
  let version: string | undefined;
  try {
    const graph = await realSeedGraph();
    const neo4j = await startBenchNeo4j(log, HEAP);
    cleanup.add(() => neo4j.stop());
    version = await neo4jVersion(neo4j);
    const proxies = await startProxies(neo4j.host, neo4j.port, ['project']);
    cleanup.add(() => proxies.stop());
    const project = await startServer('project', neo4j, proxies);
    cleanup.add(() => project.stop());
    const target: Target = { child: project, proxy: 'project' };
    const operations: [string, GraphQLRequest[]][] = [...projectOperations(SLUG).map((op): [string, GraphQLRequest[]] => [op.key, [op.project]]), ['situation', situationRequests()]];

    for (const scale of SCALES) {
      const scaled = scale === 1 ? graph : copyGraph(graph, scale, () => true);
      log(`${scale}×: importing ${scaled.nodes.length} nodes and ${scaled.relationships.length} relationships…`);
      let seconds: number;
      try {
        ({ seconds } = await neo4j.load(scaled));
      } catch (error) {
        const message = `${scale}× import: ${describeError(error)}`;
        problems.push(message);
        console.error(`  ✗ ${message}`);
        break;
      }
      for (const [key, requests] of operations) {
        const row: Row = { scale, nodes: scaled.nodes.length, relationships: scaled.relationships.length, importSeconds: seconds, ...(await measureOperation(target, proxies, neo4j.db.driver, key, requests)) };
        rows.push(row);
        if (row.sample) log(`  ${key.padEnd(10)} ${row.statements} statements  ${figure(row.dbHits)} dbHits  ${bytes(row.sample.bytesPerRequest)}/request  p50 ${figure(row.sample.p50)} ms  p95 ${figure(row.sample.p95)} ms  (${row.sample.requests} requests)`);
      }
    }
  } finally {
    await cleanup.run();
  }

  const baseline = (key: string): number | undefined => rows.find((row) => row.scale === 1 && row.operation === key)?.dbHits;
  console.log('\n## The project at 1×, 10× and 100× the seed graph, 1 connection\n');
  console.log(
    markdownTable(
      ['graph', 'operation', 'statements', 'dbHits', 'dbHits / 1×', 'bytes from Neo4j/request', 'CPU ms/request', 'p50 ms', 'p95 ms', 'assessments'],
      rows.map((row) => {
        const base = baseline(row.operation);
        return [
          `${row.scale}× (${row.nodes.toLocaleString('en-US')} nodes)`,
          row.operation,
          row.error ? 'failed' : String(row.statements),
          figure(row.dbHits),
          row.dbHits !== undefined && base ? `${figure(row.dbHits / base)}×` : '–',
          bytes(row.sample?.bytesPerRequest),
          figure(row.sample?.cpuMsPerRequest),
          figure(row.sample?.p50),
          figure(row.sample?.p95),
          row.assessments === undefined ? '' : String(row.assessments),
        ];
      }),
    ),
  );
  const file = await writeResults('scale', {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.availableParallelism(), neo4j: version ?? 'unknown', heap: HEAP },
    plan: { scales: SCALES, connections: 1, targetSeconds: TARGET_SECONDS, minRequests: MIN_REQUESTS, maxRequests: MAX_REQUESTS, copied: 'everything (copyGraph(graph, k, () => true))' },
    seconds: Math.round((performance.now() - started) / 1000),
    problems,
    rows: rows.map((row) => ({ ...row, ...(row.sample ? { sample: Object.fromEntries(Object.entries(row.sample).map(([key, value]) => [key, round(value)])) } : {}) })),
  });
  log(`\nWrote ${file}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
