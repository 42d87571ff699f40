/** Markdown tables and number formats for the benches' printed summaries. */
import { round } from './stats.ts';

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A figure for a table: grouped thousands, 2 decimals below 10, 1 below 1,000; "–" when missing. */
export function figure(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return round(value).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "a / b (r×)", the way of putting the project beside the peer. */
export function pair(a: number | undefined, b: number | undefined, withRatio = true): string {
  const ratio = a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? ` (${figure(a / b)}×)` : '';
  return `${figure(a)} / ${figure(b)}${withRatio ? ratio : ''}`;
}

export function bytes(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value >= 10_000 ? `${figure(value / 1000)} kB` : `${figure(value)} B`;
}
