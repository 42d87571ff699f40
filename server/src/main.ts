/**
 * `npm start`: the whole product on one port. Without NEO4J_URI it starts the project's own
 * Neo4j (fetched from Maven Central on first use); Ctrl-C stops everything it started.
 */
import { ConfigError, loadConfig } from './config.ts';
import { Neo4jSetupError } from './embedded-neo4j/errors.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { createLogger } from './logger.ts';
import { SeedValidationError } from './seed/problems.ts';
import { startUp } from './start-up.ts';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = performance.now();
  const running = await startUp(config, logger, say);
  say(`Virkemiddelkart is ready in ${((performance.now() - started) / 1000).toFixed(1)} s, using ${running.connection.description}.`);
  say(`  Explorer:  ${running.url}/`);
  say(`  GraphQL:   ${running.url}/graphql`);
  say(`  Health:    ${running.url}/healthz  ${running.url}/readyz  ${running.url}/metrics`);
  say('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping (Neo4j takes about 10 s to shut down cleanly)…`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof Neo4jSetupError || error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof SeedValidationError) {
    process.stderr.write(`${error.message}\nThe graph was left as it was. Fix seeds/ and start again.\n`);
  } else {
    process.stderr.write(`Virkemiddelkart could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
