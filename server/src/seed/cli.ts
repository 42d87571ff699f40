/**
 * `npm run seed [-- --check] [-- --dir seeds]`: validates seeds/ and imports it into Neo4j
 * (the embedded one unless NEO4J_URI is set). `--check` validates only and touches no database.
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

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, dir: { type: 'string', default: path.join(ROOT_DIR, 'seeds') } } });
const seedDir = path.resolve(values.dir);

async function main(): Promise<number> {
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

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof SeedValidationError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`Nothing was written: fix the ${error.problems.length} problem(s) above and run again.`);
  } else if (error instanceof Neo4jSetupError || error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(error.message);
  } else {
    console.error(`The import failed and was rolled back; the graph is as it was before. ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
