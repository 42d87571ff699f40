import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { ensureNeo4jJars } from './fetch.ts';
import { freePort } from './free-port.ts';
import { requireJava } from './java.ts';
import { ensurePassword } from './password.ts';
import { NEO4J_MAIN_CLASS } from './paths.ts';
import { restartDelayMs } from './restart-policy.ts';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: conf/, data/, logs/ and the generated password live here (all private to the user). */
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
  /** Called when the JVM died on its own and the supervisor is about to start it again. */
  onUnexpectedExit?: (event: UnexpectedExit) => void;
}

export interface UnexpectedExit {
  exit: string;
  /** 1 for the first restart of this server. */
  restart: number;
  delayMs: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  /** Process id of the running JVM; undefined between a crash and its restart. */
  readonly pid: number | undefined;
  /** How often the supervisor has restarted the JVM after it died. */
  readonly restarts: number;
  /**
   * Stops the server (and its supervision) and waits for the JVM to exit, so the data folder can be
   * reused. A JVM still running after `timeoutMs` is killed.
   */
  stop(timeoutMs?: number): Promise<void>;
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

/** A JVM that lived this long counts as healthy again: the next crash restarts it after the shortest delay. */
const HEALTHY_AFTER_MS = 60_000;

/**
 * Fetches Neo4j if needed, starts it bound to loopback and resolves once Bolt answers. From then on
 * it is supervised: a JVM that dies is started again on the same port and data, with back-off.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const java = await requireJava();
  const { libDir } = await ensureNeo4jJars(options.cacheDir, log);
  const home = path.resolve(options.homeDir);
  const boltPort = options.boltPort ?? (await freePort());
  await writeConfig(home, boltPort, options.pageCache ?? '128m');
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  const classPath = `${libDir}/*`;
  // The password's file is written mode 600 and the data folder is private, so the admin tool needs no umask.
  const password = await ensurePassword(home, java, classPath, env);
  const heap = options.heap ?? '512m';
  const args = [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_OPTIONS, '-cp', classPath, NEO4J_MAIN_CLASS, `--home-dir=${home}`, `--config-dir=${path.join(home, 'conf')}`];
  const consoleLog = createWriteStream(path.join(home, 'logs', 'console.log'), { flags: 'a', mode: 0o600 });
  const uri = `bolt://127.0.0.1:${boltPort}`;

  const supervisor = new Supervisor(() => spawnJvm(java, args, env, consoleLog), options.onUnexpectedExit ?? (() => {}));
  try {
    await waitForBolt(uri, password, supervisor, options.startTimeoutMs ?? 120_000);
  } catch (error) {
    await supervisor.stop(30_000);
    consoleLog.end();
    throw error;
  }
  supervisor.supervise();
  return {
    uri,
    username: 'neo4j',
    password,
    get pid() {
      return supervisor.pid;
    },
    get restarts() {
      return supervisor.restarts;
    },
    stop: async (timeoutMs = 30_000) => {
      await supervisor.stop(timeoutMs);
      consoleLog.end();
    },
  };
}

/** Keeps one JVM running: restarts it with back-off when it exits without being asked to. */
class Supervisor {
  private child: ChildProcess;
  private supervising = false;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private startedAt = Date.now();
  private attempt = 0;
  restarts = 0;
  private readonly killOnExit = (): void => {
    this.child.kill('SIGTERM');
  };

  constructor(
    private readonly spawnOne: () => ChildProcess,
    private readonly onUnexpectedExit: (event: UnexpectedExit) => void,
  ) {
    this.child = this.start();
    // If Node exits without stopping us (an uncaught error, a second Ctrl-C), Neo4j still shuts down.
    process.on('exit', this.killOnExit);
  }

  get pid(): number | undefined {
    return hasExited(this.child) ? undefined : this.child.pid;
  }

  /** True while the current JVM has exited (during start-up: Neo4j failed to start). */
  get exited(): string | undefined {
    return hasExited(this.child) ? String(this.child.exitCode ?? this.child.signalCode) : undefined;
  }

  supervise(): void {
    this.supervising = true;
    if (hasExited(this.child)) this.scheduleRestart(String(this.child.exitCode ?? this.child.signalCode));
  }

  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.removeListener('exit', this.killOnExit);
    await stopProcess(this.child, timeoutMs);
  }

  private start(): ChildProcess {
    const child = this.spawnOne();
    this.startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (this.supervising && !this.stopping) this.scheduleRestart(String(code ?? signal));
    });
    return child;
  }

  private scheduleRestart(exit: string): void {
    if (Date.now() - this.startedAt >= HEALTHY_AFTER_MS) this.attempt = 0;
    const delayMs = restartDelayMs(this.attempt++);
    this.onUnexpectedExit({ exit, restart: this.restarts + 1, delayMs });
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.restarts += 1;
      this.child = this.start();
    }, delayMs);
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function spawnJvm(java: string, args: string[], env: NodeJS.ProcessEnv, consoleLog: WriteStream): ChildProcess {
  const child = withPrivateUmask(() => spawn(java, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  child.stdout?.pipe(consoleLog, { end: false });
  child.stderr?.pipe(consoleLog, { end: false });
  return child;
}

/**
 * Runs `work` with umask 077, so the files Neo4j and its admin tool create (store, transaction logs,
 * neo4j.log, debug.log) are readable by this user only. The child inherits the umask at spawn.
 */
function withPrivateUmask<T>(work: () => T): T {
  const previous = process.umask(0o077);
  try {
    return work();
  } finally {
    process.umask(previous);
  }
}

async function writeConfig(home: string, boltPort: number, pageCache: string): Promise<void> {
  for (const dir of [home, path.join(home, 'conf'), path.join(home, 'logs'), path.join(home, 'data')]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  }
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
    // Bolt's shutdown otherwise waits 5 s for idle connections and 5 s for its thread pool, a fixed
    // 10 s on every stop; our driver is closed before Neo4j is stopped, so there is nothing to wait for.
    'internal.server.bolt.connection_shutdown_wait_time=1s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
  ];
  await writeFile(path.join(home, 'conf', 'neo4j.conf'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

async function waitForBolt(uri: string, password: string, supervisor: Supervisor, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2000, logging: { level: 'error', logger: () => {} } });
  try {
    let lastError: unknown;
    while (Date.now() < deadline) {
      const exited = supervisor.exited;
      if (exited !== undefined) {
        throw new Neo4jSetupError(
          `Neo4j stopped while starting (exit ${exited}): see its log in the data folder's logs/ (is another Neo4j using the same data folder?), ${USE_EXISTING_HINT}.`,
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

async function stopProcess(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}
