/**
 * Bundles the bench pages and the minimal pages with esbuild (minified, production) into a
 * folder of its own, writes one HTML page per library, and reports each minimal bundle's size
 * gzipped at level 9: what a view would add to the explorer's bundle.
 */
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGES = path.join(import.meta.dirname, 'pages');
export const BENCH_PAGES = ['cytoscape', 'sigma', 'idle'] as const;
const MINIMAL_PAGES = ['minimal-cytoscape', 'minimal-cytoscape-fcose', 'minimal-sigma', 'minimal-sigma-forceatlas2'] as const;

export interface BundleSize {
  page: string;
  minifiedBytes: number;
  gzipBytes: number;
}

function html(script: string): string {
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${script}</title>
<style>html, body { margin: 0; padding: 0; overflow: hidden; } #graph { width: 100vw; height: 100vh; }</style>
</head><body><div id="graph"></div><script type="module" src="/${script}.js"></script></body></html>
`;
}

export async function buildPages(outDir: string): Promise<BundleSize[]> {
  const names = [...BENCH_PAGES, ...MINIMAL_PAGES];
  await build({
    entryPoints: names.map((name) => path.join(PAGES, `${name}.ts`)),
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const name of names) await writeFile(path.join(outDir, `${name}.html`), html(name));
  const sizes: BundleSize[] = [];
  for (const page of MINIMAL_PAGES) {
    const code = await readFile(path.join(outDir, `${page}.js`));
    sizes.push({ page, minifiedBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
  }
  return sizes;
}
