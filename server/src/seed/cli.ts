/**
 * `npm run seed [-- --check] [-- --dir seeds]`: validates seeds/ and imports it into Neo4j
 * (the embedded one unless NEO4J_URI is set). `--check` validates only and touches no database.
 * `--export <dir> [--known-at <date-time>] [--force]` writes the graph (edits included) as seed
 * files instead, which this command imports back to the same checksum.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, ROOT_DIR } from '../config.ts';
import { Neo4jSetupError } from '../embedded-neo4j/errors.ts';
import { connect } from '../neo4j/connect.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { loadSeeds } from './load-seeds.ts';
import { formatProblem, SeedValidationError } from './problems.ts';
import { runSeed, summaryLine } from './run-seed.ts';
import { terminalProgress } from './terminal-progress.ts';
import { exportSeeds, type SeedFilesTarget } from './export/export-seeds.ts';
import { ExportTargetError, folderTarget } from './export/folder-target.ts';
import { graphChecksum } from './graph-stats.ts';
import { parseDateTime } from '../modules/common/date-time-scalar.ts';
import { REVISION_AT } from '../revisions/statements.ts';
import { CURRENT_REVISION } from '../vocabulary/index.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    dir: { type: 'string', default: path.join(ROOT_DIR, 'seeds') },
    export: { type: 'string' },
    'known-at': { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});
const seedDir = path.resolve(values.dir);

async function main(): Promise<number> {
  if (values.export !== undefined) return runExport(path.resolve(values.export));
  if (values.check) {
    const { problems, files, graph } = await loadSeeds(seedDir);
    for (const problem of problems) console.error(formatProblem(problem));
    if (problems.length > 0) return 1;
    console.log(`${files.length} seed files are valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships.`);
    return 0;
  }
  const config = loadConfig();
  // Validate before starting anything, so a typo costs a second, not a Neo4j start.
  const loaded = await loadSeeds(seedDir);
  if (loaded.problems.length > 0) throw new SeedValidationError(loaded.problems);
  const connection = await connect(config, (line) => console.log(line));
  try {
    const report = await runSeed(connection.db, seedDir, { onProgress: terminalProgress(), loaded });
    console.log(summaryLine(report));
    return 0;
  } finally {
    await connection.close();
  }
}

/** `--export`: validated arguments first, then Neo4j, then the folder, written all or nothing. */
async function runExport(dir: string): Promise<number> {
  const knownAt = values['known-at'] === undefined ? null : parseKnownAt(values['known-at']);
  if (knownAt === undefined) return 1;
  const config = loadConfig();
  const folder = await folderTarget(dir, { force: values.force, schemaFile: path.join(ROOT_DIR, 'seeds', 'schema.json') });
  let connection: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    // Inside the try: a Neo4j that does not start must not leave the temporary folder behind.
    connection = await connect(config, (line) => console.error(line));
    const started = performance.now();
    const revision = knownAt === null ? CURRENT_REVISION : ((await connection.db.read(REVISION_AT, { knownAt }))[0]?.revision ?? 0);
    const report = await exportSeeds({ db: connection.db, revision, target: withProgress(folder.target) });
    await folder.commit();
    const entries = Object.entries(report.entries).map(([collection, count]) => `${collection} ${count}`).join(', ');
    const checksum = knownAt === null ? ` | checksum ${(await graphChecksum(connection.db)).slice(0, 12)}` : ` | as published at ${knownAt}`;
    console.log(`Exported the graph to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${entries}${checksum}`);
    return 0;
  } catch (error) {
    await folder.abandon();
    throw error;
  } finally {
    await connection?.close();
  }
}

/** The folder target, saying on stderr as each file is complete and how many entries it holds. */
function withProgress(target: SeedFilesTarget): SeedFilesTarget {
  return {
    ...target,
    close: async (file, entries) => {
      await target.close(file, entries);
      console.error(`  wrote ${file} (${entries} entries)`);
    },
  };
}

/** The instant `--known-at` names, or undefined (after saying why) when it is not one. */
function parseKnownAt(value: string): string | undefined {
  try {
    return parseDateTime(value);
  } catch {
    console.error(`--known-at must be an ISO 8601 instant with an offset, e.g. 2026-12-01T08:00:00Z (got "${value}").`);
    return undefined;
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof SeedValidationError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`Nothing was written: fix the ${error.problems.length} problem(s) above and run again.`);
  } else if (error instanceof ExportTargetError) {
    console.error(`Nothing was written: ${error.message}`);
  } else if (error instanceof Neo4jSetupError || error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(error.message);
  } else {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(values.export === undefined ? `The import failed and was rolled back; the graph is as it was before. ${reason}` : `The export failed and nothing was written. ${reason}`);
  }
  process.exitCode = 1;
}
