import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT_DIR } from '../../server/src/config.ts';

export interface ProductProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port>, as the start-up banner printed it. */
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `node --import tsx server/src/main.ts`, the process `npm start` runs, on a free port, with the
 * given environment on top of this one (NEO4J_URI removed unless `env` sets it).
 */
export async function startProductProcess(env: Record<string, string>): Promise<ProductProcess> {
  const { NEO4J_URI: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT_DIR,
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const check = setInterval(() => {
      const match = /GraphQL:\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match?.[1]) {
        clearInterval(check);
        resolve(match[1]);
      }
    }, 100);
    void exited.then(() => {
      clearInterval(check);
      reject(new Error(`the product exited while starting:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}

/** Polls `condition` every 50 ms, at most 200 times. */
export async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the condition never held');
}
