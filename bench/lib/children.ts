/**
 * The runner half of the protocol (protocol.ts): starts a server under test as a child process
 * with tsx, waits until it listens, and asks it for its CPU time and statements between load runs.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { RunnerMessage, ServedSchema, ServerMessage, ServerStats } from './protocol.ts';
import type { ServerSettings } from './server-side.ts';

export interface ServerChild {
  name: string;
  url: string;
  /** The child's process id, for sampling its memory (bench/exports.ts). */
  pid: number;
  /** The schema the server reported, if any (the peer's, introspected). */
  schema: ServedSchema | undefined;
  /** Zeroes the child's statement count, captures and CPU baseline. */
  reset(): Promise<void>;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const ANSWER_TIMEOUT_MS = 10_000;

export interface ChildOptions {
  name: string;
  /** Absolute path of the script. */
  script: string;
  /** Working directory: the peer runs inside bench/peer so it resolves its own node_modules. */
  cwd: string;
  settings: ServerSettings;
  /** Further environment for the child (the floor's statements). */
  env?: Record<string, string>;
}

export async function startServerChild(options: ChildOptions): Promise<ServerChild> {
  const child = fork(options.script, [], {
    cwd: options.cwd,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...options.env, BENCH_SERVER: JSON.stringify(options.settings), NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox = new Inbox(child, options.name);
  let ready: Extract<ServerMessage, { type: 'ready' }>;
  try {
    ready = await inbox.next('ready', START_TIMEOUT_MS);
  } catch (error) {
    // A server that never said ready is nobody's to stop later.
    child.kill('SIGKILL');
    throw error;
  }
  const ask = async <T extends ServerMessage['type']>(message: RunnerMessage, answer: T): Promise<Extract<ServerMessage, { type: T }>> => {
    const waiting = inbox.next(answer, ANSWER_TIMEOUT_MS);
    child.send(message);
    return waiting;
  };
  return {
    name: options.name,
    url: `http://127.0.0.1:${ready.port}`,
    pid: child.pid ?? 0,
    schema: ready.schema,
    reset: async () => {
      await ask({ type: 'reset' }, 'reset');
    },
    stats: async () => {
      const { type: _type, ...stats } = await ask({ type: 'stats' }, 'stats');
      return stats;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Messages from one child, handed to whoever waits for that type; an exit fails every waiter. */
class Inbox {
  private readonly waiters: { type: ServerMessage['type']; resolve: (message: ServerMessage) => void; reject: (error: Error) => void }[] = [];
  private exited: Error | undefined;

  constructor(child: ChildProcess, name: string) {
    child.on('message', (message: ServerMessage) => {
      if (message.type === 'error') return this.failAll(new Error(`${name}: ${message.message}`));
      const index = this.waiters.findIndex((waiter) => waiter.type === message.type);
      if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(message);
    });
    child.once('exit', (code, signal) => {
      this.exited = new Error(`${name} exited (${code ?? signal})`);
      this.failAll(this.exited);
    });
  }

  next<T extends ServerMessage['type']>(type: T, timeoutMs: number): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(this.exited);
      const timer = setTimeout(() => reject(new Error(`no ${type} answer within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        type,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message as Extract<ServerMessage, { type: T }>);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiters.splice(0)) waiter.reject(error);
  }
}
