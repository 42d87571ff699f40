import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { NEO4J_ADMIN_CLASS } from './paths.ts';
import { runProcess } from './run-process.ts';

const PASSWORD_FILE = 'password';

/**
 * 192 random bits as hex: only [0-9a-f], so it can never begin with "-" (which neo4j-admin would read
 * as an option) and needs no quoting anywhere.
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

/** Runs `neo4j-admin dbms set-initial-password`; "--" ends the options, so any password is taken as a value. */
export async function setInitialPassword(java: string, classPath: string, env: NodeJS.ProcessEnv, password: string): Promise<void> {
  const result = await runProcess(java, ['-cp', classPath, NEO4J_ADMIN_CLASS, 'dbms', 'set-initial-password', '--', password], env);
  if (result.code !== 0) {
    throw new Neo4jSetupError(`Neo4j could not set its initial password in ${env.NEO4J_HOME ?? 'its home'}: see the detail in the log, ${USE_EXISTING_HINT}.`, result.stderr + result.stdout);
  }
}

/**
 * The data folder's password: generated before the very first start and kept (mode 600) beside the
 * data, because Neo4j only accepts an initial password before its first start.
 */
export async function ensurePassword(home: string, java: string, classPath: string, env: NodeJS.ProcessEnv): Promise<string> {
  const passwordFile = path.join(home, PASSWORD_FILE);
  if (existsSync(passwordFile)) return (await readFile(passwordFile, 'utf8')).trim();
  if (existsSync(path.join(home, 'data', 'databases'))) {
    throw new Neo4jSetupError(`The Neo4j data folder ${home} has data but no password file: delete that folder to start afresh, ${USE_EXISTING_HINT}.`);
  }
  const password = generatePassword();
  await setInitialPassword(java, classPath, env, password);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await chmod(passwordFile, 0o600);
  return password;
}
