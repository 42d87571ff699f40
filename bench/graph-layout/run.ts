/**
 * How long the explorer's fCoSE layout takes in Chromium on real views of the seed graph: the first
 * layout of a view, and the one after a step of the time slider (in place, as after expanding). Starts the product as `npm start` does (a
 * real Neo4j with the seeds, the built explorer), opens each view and reads the time the canvas records
 * on `layoutstop` (`data-layout-ms`). Run `npm run build` first. Writes
 * bench/results/graph-layout-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startProductProcess } from '../../test/support/product-process.ts';

const VIEWS = [
  { name: 'startlån', query: 'fokus=startlan' },
  { name: 'startlån opened at Husbanken', query: 'fokus=startlan&utvid=husbanken' },
  { name: 'startlån, depth 2', query: 'fokus=startlan&dybde=2' },
  { name: 'Husbanken, depth 2', query: 'fokus=husbanken&dybde=2' },
];
const REPETITIONS = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const product = await startProductProcess({});
  const server = { baseUrl: product.url };
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const results = [];
  try {
    for (const view of VIEWS) {
      const first: number[] = [];
      const incremental: number[] = [];
      let nodes = 0;
      let edges = 0;
      for (let i = 0; i < REPETITIONS; i += 1) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.baseUrl}/graf?${view.query}`);
        const canvas = page.locator('.graph-canvas[data-layout-ms]');
        await canvas.waitFor({ timeout: 120_000 });
        first.push(Number(await canvas.getAttribute('data-layout-ms')));
        nodes = Number(await canvas.getAttribute('data-node-count'));
        edges = Number(await canvas.getAttribute('data-edge-count'));
        // A step of the time slider changes the view in place: the layout continues from the
        // positions drawn (fCoSE's proof quality, animated), as expanding does.
        const steps = await page.locator('datalist option').count();
        if (steps > 1) {
          await page.evaluate(() => document.querySelector('.graph-canvas')?.removeAttribute('data-layout-ms'));
          await page.getByRole('slider', { name: 'Dato i grafen' }).fill(String(Math.floor(steps / 2)));
          await canvas.waitFor({ timeout: 120_000 });
          incremental.push(Number(await canvas.getAttribute('data-layout-ms')));
        }
        await page.close();
      }
      const row = { view: view.name, nodes, edges, firstLayoutMs: { median: median(first), all: first }, incrementalLayoutMs: { median: median(incremental), all: incremental }, loadavg: os.loadavg() };
      console.log(JSON.stringify(row));
      results.push(row);
    }
  } finally {
    await browser.close();
    product.child.kill('SIGTERM');
    await product.exited;
  }
  const out = path.resolve(import.meta.dirname, '../results', `graph-layout-${new Date().toISOString().slice(0, 10)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, repetitions: REPETITIONS, results }, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}

await main();
