/** Medians and spreads over repetitions, per arm, and the Markdown table the doc takes. */
import { median, round } from '../lib/stats.ts';
import { figure, markdownTable } from '../lib/table.ts';
import type { GlMode } from './browser.ts';
import type { PageResult } from './pages/frames.ts';

export interface Arm {
  library: 'cytoscape' | 'cytoscape-webgl' | 'sigma' | 'idle';
  size: number;
  labels: boolean;
  gl: GlMode;
}

export interface Run extends Arm {
  repetition: number;
  /** os.loadavg() just before the run: 1, 5 and 15 minutes. */
  loadAverage: number[];
  result?: PageResult;
  error?: string;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface SummaryRow extends Arm {
  runs: number;
  errors: number;
  firstDrawMs: Spread;
  fps: Spread;
  libraryFps: Spread;
  p95FrameMs: Spread;
  loadAverage1m: Spread;
}

function spread(values: readonly number[]): Spread {
  return { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) };
}

function cell(value: Spread): string {
  return `${figure(value.median)} (${figure(value.min)}–${figure(value.max)})`;
}

const key = (arm: Arm): string => `${arm.library}|${arm.size}|${arm.labels}|${arm.gl}`;

export function summarise(runs: readonly Run[]): { rows: SummaryRow[]; table: string } {
  const groups = new Map<string, Run[]>();
  for (const run of runs) groups.set(key(run), [...(groups.get(key(run)) ?? []), run]);
  const rows: SummaryRow[] = [...groups.values()].map((group) => {
    const first = group[0] as Run;
    const results = group.flatMap((run) => (run.result ? [run.result] : []));
    return {
      library: first.library,
      size: first.size,
      labels: first.labels,
      gl: first.gl,
      runs: group.length,
      errors: group.length - results.length,
      firstDrawMs: spread(results.map((result) => result.firstDrawMs)),
      fps: spread(results.map((result) => result.fps)),
      libraryFps: spread(results.map((result) => result.libraryFps)),
      p95FrameMs: spread(results.map((result) => result.p95FrameMs)),
      loadAverage1m: spread(group.map((run) => run.loadAverage[0] ?? Number.NaN)),
    };
  });
  const table = markdownTable(
    ['nodes', 'library', 'labels', 'GL', 'first draw ms', 'fps (rAF)', 'library frames/s', 'p95 frame ms', 'load 1 min', 'runs'],
    rows.map((row) => [row.library === 'idle' ? '–' : String(row.size), row.library, row.labels ? 'on' : 'off', row.gl, cell(row.firstDrawMs), cell(row.fps), cell(row.libraryFps), cell(row.p95FrameMs), cell(row.loadAverage1m), row.errors > 0 ? `${row.runs} (${row.errors} failed)` : String(row.runs)]),
  );
  return { rows, table };
}
