/**
 * `npm run bench:graph-render`: which library should draw the explorer's graphs? Cytoscape.js
 * (canvas, as the explorer today), Cytoscape's WebGL preview and sigma.js (WebGL) draw the same
 * synthetic graphs (bench/graph-render/graph.ts) at the same positions in Debian's Chromium at
 * 1280×800. For each: time to first draw, and frames per second during a scripted 5-second pan
 * and zoom (pages/frames.ts). Each repetition runs every arm once, libraries interleaved, and
 * records the load average, since the machine is shared; an idle page's frame rate is measured in
 * each repetition too, as the ceiling the machine allowed at that moment. Also: gzip size of each
 * library's minimal bundle, ForceAtlas2 time for the precomputed positions, fcose layout time at
 * 100 and 1,000. Writes bench/results/graph-render-<date>.json and prints Markdown tables.
 *
 * Default: all three sizes, 3 repetitions, about 13 minutes on the shared 2 cores.
 * `npm run bench:graph-render -- --sizes 100,1000 --reps 5` changes that; `--quick` is one
 * repetition of the main arms only (a smoke run).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable, figure } from '../lib/table.ts';
import { writeResults } from '../lib/run.ts';
import { launch, glInfo, type BenchBrowser, type GlInfo, type GlMode } from './browser.ts';
import { buildPages, type BundleSize } from './build.ts';
import { fcoseMilliseconds } from './fcose.ts';
import { seedNames, syntheticGraph, type BenchGraph } from './graph.ts';
import type { PageResult } from './pages/frames.ts';
import { serveFolder } from './serve.ts';
import { summarise, type Arm, type Run } from './summary.ts';

const LIBRARIES = ['cytoscape', 'cytoscape-webgl', 'sigma'] as const;
const PAGE_TIMEOUT_MS = 150_000;
const FCOSE_SIZES = [100, 1000];

const log = (line: string): void => console.log(line);

const { values: options } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, reps: { type: 'string', default: '3' }, quick: { type: 'boolean', default: false }, screenshots: { type: 'string' } },
});
const SIZES = options.sizes.split(',').map(Number);
const REPETITIONS = options.quick ? 1 : Number(options.reps);
if (SIZES.some((size) => !Number.isInteger(size) || size < 2) || !Number.isInteger(REPETITIONS) || REPETITIONS < 1) throw new Error('--sizes takes whole numbers ≥ 2, --reps a whole number ≥ 1');

/**
 * The main arms (labels on, as the explorer shows them), then labels off at 1,000 nodes (what
 * labels cost), then the WebGL arms at 100 nodes with ANGLE/SwiftShader asked for explicitly.
 * The extras stay at the cheaper sizes: at 5,000 nodes one repetition of the main arms alone
 * takes about 100 s on the shared 2 cores, and the whole bench has to stay within 15 minutes.
 */
function arms(): Arm[] {
  const idle: Arm = { library: 'idle', size: 0, labels: false, gl: 'default' };
  const main = [idle, ...SIZES.flatMap((size) => LIBRARIES.map((library): Arm => ({ library, size, labels: true, gl: 'default' })))];
  if (options.quick) return main;
  const labelsOff = SIZES.filter((size) => size === 1000).flatMap((size) => LIBRARIES.map((library): Arm => ({ library, size, labels: false, gl: 'default' })));
  const swiftshader = SIZES.slice(0, 1).flatMap((size) => (['cytoscape-webgl', 'sigma'] as const).map((library): Arm => ({ library, size, labels: true, gl: 'swiftshader' })));
  return [...main, ...labelsOff, ...swiftshader];
}

/** Extra arms get fewer repetitions (at most 3) to keep the whole bench within about 15 minutes. */
function repetitionsOf(arm: Arm): number {
  return (arm.labels || arm.library === 'idle') && arm.gl === 'default' ? REPETITIONS : Math.min(3, REPETITIONS);
}

function address(origin: string, arm: Arm): string {
  const page = arm.library === 'cytoscape-webgl' ? 'cytoscape' : arm.library;
  return `${origin}/${page}.html?size=${arm.size}&labels=${arm.labels ? 1 : 0}&webgl=${arm.library === 'cytoscape-webgl' ? 1 : 0}`;
}

async function measureArm(browser: BenchBrowser, origin: string, arm: Arm, repetition: number, screenshotDir: string | undefined): Promise<Run> {
  const loadAverage = os.loadavg();
  const page = await browser.context.newPage();
  try {
    await page.goto(address(origin, arm));
    await page.waitForFunction(() => window.benchResult !== undefined || window.benchError !== undefined, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 250 });
    const error = await page.evaluate(() => window.benchError);
    if (error) return { ...arm, repetition, loadAverage, error };
    const result = (await page.evaluate(() => window.benchResult)) as PageResult;
    if (screenshotDir && repetition === 1) await page.screenshot({ path: path.join(screenshotDir, `${arm.library}-${arm.size}-${arm.labels ? 'labels' : 'nolabels'}-${arm.gl}.png`) });
    return { ...arm, repetition, loadAverage, result };
  } catch (error) {
    return { ...arm, repetition, loadAverage, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await page.close();
  }
}

interface Prepared {
  graphs: Map<number, BenchGraph>;
  forceAtlas2Ms: Record<number, number>;
}

async function prepareGraphs(folder: string): Promise<Prepared> {
  const names = await seedNames();
  const graphs = new Map<number, BenchGraph>();
  const forceAtlas2Ms: Record<number, number> = {};
  for (const size of SIZES) {
    const start = performance.now();
    const graph = syntheticGraph(size, names);
    forceAtlas2Ms[size] = performance.now() - start;
    graphs.set(size, graph);
    await writeFile(path.join(folder, `graph-${size}.json`), JSON.stringify(graph));
    log(`graph ${size}: ${graph.nodes.length} nodes, ${graph.edges.length} relationships, generated and laid out in ${figure(forceAtlas2Ms[size])} ms`);
  }
  return { graphs, forceAtlas2Ms };
}

function fcoseTimes(graphs: Map<number, BenchGraph>): Record<number, number[]> {
  const times: Record<number, number[]> = {};
  for (const size of FCOSE_SIZES) {
    const graph = graphs.get(size);
    if (!graph) continue;
    // fcose takes tens of seconds at 1,000 nodes on the shared machine: once there, up to 3 times at 100.
    times[size] = Array.from({ length: size >= 1000 ? 1 : Math.min(3, REPETITIONS) }, () => fcoseMilliseconds(graph));
    log(`fcose ${size}: ${times[size].map((ms) => figure(ms)).join(', ')} ms`);
  }
  return times;
}

async function measureAll(origin: string, screenshotDir: string | undefined): Promise<{ runs: Run[]; browsers: Record<string, { version: string; gl: GlInfo }> }> {
  const planned = arms();
  const modes = [...new Set(planned.map((arm) => arm.gl))];
  const browsers = new Map<GlMode, BenchBrowser>();
  const described: Record<string, { version: string; gl: GlInfo }> = {};
  try {
    for (const mode of modes) {
      const browser = await launch(mode);
      browsers.set(mode, browser);
      const page = await browser.context.newPage();
      described[mode] = { version: browser.version, gl: await glInfo(page) };
      await page.close();
      log(`Chromium ${browser.version}, GL ${mode}: ${described[mode].gl.renderer}`);
    }
    const runs: Run[] = [];
    const most = Math.max(...planned.map(repetitionsOf));
    for (let repetition = 1; repetition <= most; repetition++) {
      for (const arm of planned.filter((candidate) => repetitionsOf(candidate) >= repetition)) {
        const browser = browsers.get(arm.gl);
        if (!browser) throw new Error(`no browser for ${arm.gl}`);
        const run = await measureArm(browser, origin, arm, repetition, screenshotDir);
        runs.push(run);
        log(`#${repetition} ${arm.library} ${arm.size} labels ${arm.labels ? 'on' : 'off'} gl ${arm.gl}: ${run.result ? `first draw ${figure(run.result.firstDrawMs)} ms, ${figure(run.result.fps)} fps (library ${figure(run.result.libraryFps)}), p95 frame ${figure(run.result.p95FrameMs)} ms` : `ERROR ${run.error ?? ''}`}; load ${run.loadAverage.map((value) => value.toFixed(2)).join(' ')}`);
      }
    }
    return { runs, browsers: described };
  } finally {
    for (const browser of browsers.values()) await browser.close();
  }
}

function bundleTable(sizes: readonly BundleSize[]): string {
  return markdownTable(['minimal page', 'minified KB', 'gzip KB'], sizes.map((size) => [size.page, figure(size.minifiedBytes / 1000), figure(size.gzipBytes / 1000)]));
}

async function main(): Promise<void> {
  const started = performance.now();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vmk-graph-render-'));
  try {
    const bundles = await buildPages(folder);
    log(bundleTable(bundles));
    const { graphs, forceAtlas2Ms } = await prepareGraphs(folder);
    const fcose = fcoseTimes(graphs);
    const server = await serveFolder(folder);
    try {
      const { runs, browsers } = await measureAll(server.origin, options.screenshots);
      const summary = summarise(runs);
      log(summary.table);
      const file = await writeResults('graph-render', {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` },
        browsers,
        settings: { sizes: SIZES, repetitions: REPETITIONS, viewport: '1280x800', animationMs: 5000 },
        graphs: SIZES.map((size) => ({ size, nodes: graphs.get(size)?.nodes.length, relationships: graphs.get(size)?.edges.length, forceAtlas2Ms: forceAtlas2Ms[size] })),
        fcoseMs: fcose,
        bundles,
        summary: summary.rows,
        runs,
        totalSeconds: (performance.now() - started) / 1000,
      });
      log(`Wrote ${file} after ${figure((performance.now() - started) / 1000)} s`);
    } finally {
      await server.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
