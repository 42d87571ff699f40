/**
 * `npm run bench:exports`: every whole-graph download (CSV ZIP, CPSV-AP-NO Turtle and JSON-LD, the
 * seeds ZIP) on the seed graph at 1×, 10× and 100× (bench/synthetic-graph.ts `copyGraph`, everything
 * copied). Issue 15: exports stream, so the server's memory stays flat as the graph grows. For each
 * size and download: bytes, seconds to the first byte and to the last, and the server's resident
 * memory before and at its peak during the download (sampled from /proc every 20 ms), the server
 * being a child process of its own. Writes bench/results/exports-<date>.json. About 5 minutes on 2 cores;
 * `npm run bench:exports -- 1 100` for some sizes only.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServerChild, type ServerChild } from './lib/children.ts';
import { realSeedGraph, startBenchNeo4j } from './lib/neo4j.ts';
import { BENCH_DIR, Cleanup, describeError, neo4jVersion, writeResults } from './lib/run.ts';
import { bytes, figure, markdownTable } from './lib/table.ts';
import { copyGraph } from './synthetic-graph.ts';
import type { Database } from '../server/src/neo4j/database.ts';
import { ROOT_DIR } from '../server/src/config.ts';

const SCALES = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [1, 10, 100];
if (SCALES.some((scale) => !Number.isInteger(scale) || scale < 1)) throw new Error(`sizes must be whole numbers ≥ 1: ${process.argv.slice(2).join(' ')}`);
/** As bench:scale: the 100× import is one transaction that needs more than 2 GiB of Neo4j heap. */
const HEAP = '3g';
const DOWNLOADS = ['/export/csv.zip', '/export/cpsv-ap-no.ttl', '/export/cpsv-ap-no.jsonld', '/export/seeds.zip'];
const SAMPLE_MS = 20;

const log = (line: string): void => console.log(line);

interface Row {
  scale: number;
  nodes: number;
  relationships: number;
  download: string;
  status?: number;
  bytes?: number;
  firstByteMs?: number;
  totalMs?: number;
  rssBeforeMiB?: number;
  rssPeakMiB?: number;
  error?: string;
}

/** Deletes everything in batches (a whole-graph delete in one transaction runs out of memory at 100×). */
async function emptyDatabase(db: Database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run.
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kiB / 1024;
}

/** Reads the whole body, counting bytes and keeping none, while sampling the server's memory. */
async function download(server: ServerChild, pathname: string): Promise<Omit<Row, 'scale' | 'nodes' | 'relationships' | 'download'>> {
  const rssBefore = await residentMiB(server.pid);
  let peak = rssBefore;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await residentMiB(server.pid));
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}${pathname}`);
    const firstByteMs = performance.now() - started;
    let size = 0;
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) size += chunk.value.byteLength;
    return { status: response.status, bytes: size, firstByteMs, totalMs: performance.now() - started, rssBeforeMiB: rssBefore, rssPeakMiB: peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  const started = performance.now();
  const rows: Row[] = [];
  const problems: string[] = [];
  let version: string | undefined;
  try {
    const graph = await realSeedGraph();
    const neo4j = await startBenchNeo4j(log, HEAP);
    cleanup.add(() => neo4j.stop());
    version = await neo4jVersion(neo4j);
    const server = await startServerChild({
      name: 'project',
      script: path.join(BENCH_DIR, 'servers', 'project.ts'),
      cwd: ROOT_DIR,
      settings: { uri: neo4j.server.uri, username: neo4j.server.username, password: neo4j.server.password },
    });
    cleanup.add(() => server.stop());
    for (const scale of SCALES) {
      const scaled = scale === 1 ? graph : copyGraph(graph, scale, () => true);
      log(`${scale}×: importing ${scaled.nodes.length} nodes and ${scaled.relationships.length} relationships into an empty database…`);
      try {
        // Into an empty database: a first import. Importing 100× over 10× files a diff of 60,000
        // records and ran past the import's 10-minute limit (noted in docs/benchmarks.md).
        await emptyDatabase(neo4j.db);
        await neo4j.load(scaled);
      } catch (error) {
        problems.push(`${scale}× import: ${describeError(error)}`);
        break;
      }
      for (const pathname of DOWNLOADS) {
        const base = { scale, nodes: scaled.nodes.length, relationships: scaled.relationships.length, download: pathname };
        try {
          // Once to plan the statements and warm the page cache, then the measured run.
          await download(server, pathname);
          const row: Row = { ...base, ...(await download(server, pathname)) };
          if (row.status !== 200) problems.push(`${scale}× ${pathname}: HTTP ${row.status}`);
          rows.push(row);
          log(`  ${pathname.padEnd(28)} ${bytes(row.bytes).padStart(10)}  first byte ${figure(row.firstByteMs)} ms  all ${figure(row.totalMs)} ms  RSS ${figure(row.rssBeforeMiB)} → peak ${figure(row.rssPeakMiB)} MiB`);
        } catch (error) {
          const message = `${scale}× ${pathname}: ${describeError(error)}`;
          problems.push(message);
          rows.push({ ...base, error: message });
        }
      }
    }
  } finally {
    await cleanup.run();
  }
  console.log('\n## Whole-graph downloads at 1×, 10× and 100× the seed graph\n');
  console.log(
    markdownTable(
      ['graph', 'download', 'size', 'first byte ms', 'total ms', 'server RSS before MiB', 'server RSS peak MiB'],
      rows.map((row) => [`${row.scale}× (${row.nodes.toLocaleString('en-US')} nodes)`, row.download, row.error ? 'failed' : bytes(row.bytes), figure(row.firstByteMs), figure(row.totalMs), figure(row.rssBeforeMiB), figure(row.rssPeakMiB)]),
    ),
  );
  const file = await writeResults('exports', {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: os.availableParallelism(), neo4j: version ?? 'unknown', heap: HEAP },
    plan: { scales: SCALES, downloads: DOWNLOADS, sampleMs: SAMPLE_MS, copied: 'everything (copyGraph(graph, k, () => true))' },
    seconds: Math.round((performance.now() - started) / 1000),
    problems,
    rows,
  });
  log(`\nWrote ${file}`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
