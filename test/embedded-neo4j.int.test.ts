/**
 * The embedded Neo4j's set-up steps that a fresh clone depends on, run for real: Maven, the
 * fetched jars and Neo4j's own admin tool.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR, loadConfig } from '../server/src/config.ts';
import { ensureNeo4jJars } from '../server/src/embedded-neo4j/fetch.ts';
import { requireJava } from '../server/src/embedded-neo4j/java.ts';
import { setInitialPassword } from '../server/src/embedded-neo4j/password.ts';

const temps: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** `npm run neo4j:fetch` as its own process, the way two test set-ups or two terminals run it. */
function fetchInOwnProcess(cacheDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'server/src/embedded-neo4j/cli.ts')], {
      cwd: ROOT_DIR,
      env: { ...process.env, VMK_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('fetching Neo4j from Maven Central', () => {
  it('is safe when two processes fetch into the same empty cache at once: one fetches, the other waits and reuses it', async () => {
    const cacheDir = await tempDir('vmk-cache-');
    const results = await Promise.all([fetchInOwnProcess(cacheDir), fetchInOwnProcess(cacheDir)]);
    expect(results.map((result) => result.code), results.map((result) => result.output).join('\n')).toEqual([0, 0]);
    expect(results.filter((result) => /fetched in/.test(result.output))).toHaveLength(1);
    expect(results.filter((result) => /already cached/.test(result.output))).toHaveLength(1);
    const versionDir = readdirSync(cacheDir).find((name) => /^neo4j-5\.26\.\d+$/.test(name)) ?? '';
    expect(readdirSync(path.join(cacheDir, versionDir))).toEqual(['lib']);
    const again = await ensureNeo4jJars(cacheDir);
    expect(again).toMatchObject({ downloaded: false });
    expect(again.jarCount).toBeGreaterThan(200);
  });
});

describe("Neo4j's initial password", () => {
  it('is set even when it begins with "-"', async () => {
    const home = await tempDir('vmk-password-');
    await mkdir(path.join(home, 'conf'));
    await writeFile(path.join(home, 'conf', 'neo4j.conf'), '');
    const { libDir } = await ensureNeo4jJars(loadConfig().VMK_CACHE_DIR);
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
    await setInitialPassword(await requireJava(), `${libDir}/*`, env, '-looks-like-an-option');
    expect(existsSync(path.join(home, 'data', 'dbms', 'auth.ini'))).toBe(true);
  });
});
