/**
 * `npm start`: the whole product on one port. Without NEO4J_URI it starts the project's own
 * Neo4j (fetched from Maven Central on first use). One SIGINT or SIGTERM (Ctrl-C, a process
 * manager, a container runtime) drains and stops everything it started and exits 0 within 15 s;
 * a second one exits at once.
 */
import { ConfigError, loadConfig } from './config.ts';
import { DEV_PASSWORD } from './identity-provider/dev-users.ts';
import { Neo4jSetupError } from './embedded-neo4j/errors.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { createLogger } from './logger.ts';
import { SeedValidationError } from './seed/problems.ts';
import { startUp, type Running } from './start-up.ts';

/** A stop that is not done by then exits anyway: a process manager's kill would come next. */
const STOP_DEADLINE_MS = 14_500;
const EXIT_CODE_BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

let running: Running | undefined;
let stopping = false;

function onSignal(signal: NodeJS.Signals): void {
  // Before start-up finished there is nothing to drain; exiting runs the 'exit' hook that stops Neo4j.
  if (stopping || !running) {
    say(`${signal}: exiting now.`);
    process.exit(EXIT_CODE_BY_SIGNAL[signal] ?? 1);
  }
  stopping = true;
  say(`\n${signal}: finishing the requests in hand, then stopping (a second ${signal} exits at once)…`);
  const started = performance.now();
  setTimeout(() => {
    process.stderr.write(`Stopping took longer than ${STOP_DEADLINE_MS / 1000} s; exiting without waiting further.\n`);
    process.exit(1);
  }, STOP_DEADLINE_MS).unref();
  running.stop().then(
    () => {
      say(`Stopped cleanly in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const started = performance.now();
  running = await startUp(config, logger, say);
  say(`Virkemiddelkart is ready in ${((performance.now() - started) / 1000).toFixed(1)} s, using ${running.connection.description}.`);
  say(`  Explorer:  ${running.url}/`);
  say(`  GraphQL:   ${running.url}/graphql`);
  say(`  Health:    ${running.url}/healthz  ${running.url}/readyz  ${running.url}/metrics`);
  say(`  Sign-in:   ${running.url}/auth/login (${running.signIn.description}${running.signIn.devIssuer ? `; users in README.md, e.g. redaktor@example.org, password "${DEV_PASSWORD}"` : ''})`);
  say('Press Ctrl-C to stop.');
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
