import type { Database } from '../neo4j/database.ts';
import { applySchema } from './apply-schema.ts';
import { countGraph, graphChecksum, type GraphCounts } from './graph-stats.ts';
import { importGraph, type ImportSummary } from './import-graph.ts';
import { loadSeeds, type LoadedSeeds } from './load-seeds.ts';
import { SeedValidationError } from './problems.ts';

export interface SeedReport extends ImportSummary {
  files: number;
  counts: GraphCounts;
  checksum: string;
  ms: number;
}

export interface SeedOptions {
  /** Progress lines and a counter that overwrites itself on a terminal. */
  onProgress?: (message: string, fraction?: number) => void;
  /** Seeds already read and validated from `seedDir`, so they are not read twice. */
  loaded?: LoadedSeeds;
}

/**
 * The whole pipeline: validate every seed file (writing nothing if any problem is found), apply
 * the schema, import all-or-nothing, and report counts and a checksum of the result.
 */
export async function runSeed(db: Database, seedDir: string, options: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  progress('Validating seed files');
  const { graph, problems, files } = options.loaded ?? (await loadSeeds(seedDir));
  if (problems.length > 0) throw new SeedValidationError(problems);
  progress(`Validated ${files.length} files: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships`);
  progress('Applying constraints and indexes');
  await applySchema(db);
  const summary = await importGraph(db, graph, (stage, done, total) => progress(`Importing ${stage}`, total === 0 ? 1 : done / total));
  const counts = await countGraph(db);
  const checksum = await graphChecksum(db);
  return { ...summary, files: files.length, counts, checksum, ms: performance.now() - started };
}

/** "Seeded 9 files in 1.2 s: Actor 12, Instrument 31, … | ANSWERS_TO 14, … | checksum 3f2a…" */
export function summaryLine(report: SeedReport): string {
  const join = (record: Record<string, number>): string =>
    Object.entries(record)
      .map(([key, count]) => `${key} ${count}`)
      .join(', ');
  return `Seeded ${report.files} files in ${(report.ms / 1000).toFixed(1)} s: ${join(report.counts.labels)} | ${join(report.counts.relationshipTypes)} | checksum ${report.checksum.slice(0, 12)}`;
}
