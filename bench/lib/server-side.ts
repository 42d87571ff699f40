/**
 * The server half of the runner protocol (protocol.ts), shared by every server under test: counts
 * and captures the statements it sends, and answers the runner's reset/stats/stop over IPC. Imports
 * nothing but node: and protocol.ts, so the peer can use it from its own package.
 */
import { CAPTURE_LIMIT, type CapturedStatement, type RunnerMessage, type ServedSchema, type ServerMessage, type ServerStats } from './protocol.ts';

export class StatementLog {
  private count = 0;
  private captured: CapturedStatement[] = [];
  private cpuBase = process.cpuUsage();

  /** Counts one statement; builds its capture only while under the cap (a load run sends thousands). */
  record(capture: () => CapturedStatement): void {
    this.count += 1;
    if (this.captured.length < CAPTURE_LIMIT) this.captured.push(capture());
  }

  reset(): void {
    this.count = 0;
    this.captured = [];
    this.cpuBase = process.cpuUsage();
  }

  stats(): ServerStats {
    return { cpu: process.cpuUsage(this.cpuBase), statements: this.count, captured: this.captured };
  }
}

function send(message: ServerMessage): void {
  if (!process.send) throw new Error('bench servers run as child processes of the runner (no IPC channel)');
  process.send(message);
}

/** Tells the runner the server listens on `port`, then answers it until it says stop. */
export function answerRunner(log: StatementLog, port: number, stop: () => Promise<void>, schema?: ServedSchema): void {
  process.on('message', (message: RunnerMessage) => {
    switch (message.type) {
      case 'reset':
        log.reset();
        send({ type: 'reset' });
        return;
      case 'stats':
        send({ type: 'stats', ...log.stats() });
        return;
      case 'stop':
        stop().then(
          () => process.exit(0),
          (error: unknown) => {
            send({ type: 'error', message: String(error) });
            process.exit(1);
          },
        );
    }
  });
  // The runner died: do not linger holding a port and a driver pool.
  process.on('disconnect', () => process.exit(0));
  send(schema === undefined ? { type: 'ready', port } : { type: 'ready', port, schema });
}

/** Settings the runner hands a server in BENCH_SERVER (JSON): where Neo4j is, through its proxy. */
export interface ServerSettings {
  uri: string;
  username: string;
  password: string;
}

export function serverSettings(): ServerSettings {
  const raw = process.env.BENCH_SERVER;
  if (!raw) throw new Error('BENCH_SERVER is not set: bench servers are started by the runner');
  return JSON.parse(raw) as ServerSettings;
}
