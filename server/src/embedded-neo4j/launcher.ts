import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { ensureNeo4jJars } from './fetch.ts';
import { freePort } from './free-port.ts';
import { requireJava } from './java.ts';
import { NEO4J_ADMIN_CLASS, NEO4J_MAIN_CLASS } from './paths.ts';
import { runProcess } from './run-process.ts';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: conf/, data/, logs/ and the generated password live here. */
  homeDir: string;
  /** Cache of the jars fetched from Maven Central. */
  cacheDir: string;
  /** Bolt port on 127.0.0.1; a free one is picked when omitted. */
  boltPort?: number;
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
  /** How long to wait for Bolt to answer before giving up. */
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  /** Stops the server and waits for the process to exit, so the data folder can be reused. */
  stop(): Promise<void>;
}

/**
 * JVM options of Neo4j's own boot script (server.jvm.additional in its default configuration).
 * Without the --add-opens flags the page cache falls back to a slower mode.
 */
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

const PASSWORD_FILE = 'password';

/** Fetches Neo4j if needed, starts it bound to loopback and resolves once Bolt answers. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const java = await requireJava();
  const { libDir } = await ensureNeo4jJars(options.cacheDir, log);
  const home = path.resolve(options.homeDir);
  const boltPort = options.boltPort ?? (await freePort());
  await writeConfig(home, boltPort, options.pageCache ?? '128m');
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  const classPath = `${libDir}/*`;
  const password = await ensurePassword(home, java, classPath, env);

  const heap = options.heap ?? '512m';
  const child = spawn(
    java,
    [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_OPTIONS, '-cp', classPath, NEO4J_MAIN_CLASS, `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const consoleLog = createWriteStream(path.join(home, 'logs', 'console.log'), { flags: 'a' });
  child.stdout?.pipe(consoleLog);
  child.stderr?.pipe(consoleLog);
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const uri = `bolt://127.0.0.1:${boltPort}`;
  try {
    await waitForBolt(uri, password, child, options.startTimeoutMs ?? 120_000);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return {
    uri,
    username: 'neo4j',
    password,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopProcess(child);
      consoleLog.end();
    },
  };
}

async function writeConfig(home: string, boltPort: number, pageCache: string): Promise<void> {
  await mkdir(path.join(home, 'conf'), { recursive: true });
  await mkdir(path.join(home, 'logs'), { recursive: true });
  const lines = [
    '# Written by Virkemiddelkart on every start; edit server/src/embedded-neo4j/launcher.ts instead.',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.default_listen_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${pageCache}`,
    'db.tx_log.rotation.retention_policy=1 files',
  ];
  await writeFile(path.join(home, 'conf', 'neo4j.conf'), `${lines.join('\n')}\n`);
}

/**
 * Generates a password before the very first start of a data folder and keeps it (mode 600) beside
 * the data, because Neo4j only accepts an initial password before its first start.
 */
async function ensurePassword(home: string, java: string, classPath: string, env: NodeJS.ProcessEnv): Promise<string> {
  const passwordFile = path.join(home, PASSWORD_FILE);
  if (existsSync(passwordFile)) return (await readFile(passwordFile, 'utf8')).trim();
  if (existsSync(path.join(home, 'data', 'databases'))) {
    throw new Neo4jSetupError(
      `The Neo4j data folder ${home} has data but no password file: delete that folder to start afresh, ${USE_EXISTING_HINT}.`,
    );
  }
  const password = randomBytes(24).toString('base64url');
  const result = await runProcess(java, ['-cp', classPath, NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', password], env);
  if (result.code !== 0) {
    throw new Neo4jSetupError(`Neo4j could not set its initial password in ${home}: see the detail in the log, ${USE_EXISTING_HINT}.`, result.stderr);
  }
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(passwordFile, 0o600);
  return password;
}

async function waitForBolt(uri: string, password: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: { level: 'error', logger: () => {} } });
  try {
    let lastError: unknown;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Neo4jSetupError(
          `Neo4j stopped while starting (exit ${child.exitCode ?? child.signalCode}): see its log in the data folder's logs/ (is another Neo4j using the same data folder?), ${USE_EXISTING_HINT}.`,
        );
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        lastError = error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    throw new Neo4jSetupError(`Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s, ${USE_EXISTING_HINT}.`, String(lastError));
  } finally {
    await driver.close();
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}
