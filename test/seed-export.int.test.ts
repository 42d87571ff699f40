/**
 * The seeds round trip: the graph, edits included, exported as seeds/ YAML that
 * `npm run seed -- --check` accepts and that imports back to the same checksum.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedChecksum } from '../server/src/seed/canonical.ts';
import { graphChecksum } from '../server/src/seed/graph-stats.ts';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import { ROOT_DIR } from '../server/src/config.ts';
import { SEED_DIR } from '../server/src/start-up.ts';
import { emptyDatabase, startEditingServer, type EditingServer } from './support/editing-server.ts';
import { queryData } from './support/graphql.ts';
import { postGraphQLAs, signIn, type SignedIn } from './support/sign-in.ts';
import { unzip } from './support/unzip.ts';

const run = promisify(execFile);
const folders: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vmk-seed-export-'));
  folders.push(dir);
  return dir;
}

/** `npm run seed -- …` as a user runs it, against the Neo4j `settings` names. */
async function seedCli(args: string[], settings?: { uri: string; username: string; password: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ...(settings ? { NEO4J_URI: settings.uri, NEO4J_USERNAME: settings.username, NEO4J_PASSWORD: settings.password } : {}) };
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT_DIR, 'server/src/seed/cli.ts'), ...args], { cwd: ROOT_DIR, env, timeout: 180_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('the seeds download of the graph as seeded', () => {
  it('validates with npm run seed -- --check and holds exactly the content of seeds/', async () => {
    const response = await fetch(`${inject('baseUrl')}/export/seeds.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(expect.arrayContaining(['sources.yaml', 'actors.yaml', 'instruments.yaml', 'relations.yaml', 'schema.json']));
    const dir = await tempDir();
    for (const [name, text] of files) await writeFile(path.join(dir, name), text);
    const checked = await seedCli(['--check', '--dir', dir]);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(seedChecksum((await loadSeeds(dir)).graph)).toBe(seedChecksum((await loadSeeds(SEED_DIR)).graph));
  });
});

describe('npm run seed -- --export on an edited graph', () => {
  let server: EditingServer;
  let editor: SignedIn;
  let reviewer: SignedIn;
  const settings = inject('scratchNeo4j');

  async function ok(who: SignedIn, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
    const { body } = await postGraphQLAs<Record<string, { id: string }>>(server.baseUrl, who, query, variables);
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    server = await startEditingServer(settings);
    [editor, reviewer] = await Promise.all([signIn(server.baseUrl, 'redaktor@example.org'), signIn(server.baseUrl, 'kontrollor@example.org')]);
    const version = async (id: string): Promise<number> => (await queryData<{ node: { version: number } }>(server.baseUrl, 'query($id: ID!) { node(id: $id) { ... on Entity { version } } }', { id })).node.version;
    const changeSetId = (await ok(editor, 'mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }', { input: { title: 'Round trip', reason: 'Test' } })).createChangeSet?.id;
    const basis = async (id: string) => ({ entityId: id, baseVersion: await version(id), reason: 'Test', sourceIds: ['src-l5'] });
    await ok(editor, 'mutation($cs: ID!, $input: RenameInput!) { renameEntity(changeSetId: $cs, input: $input) { id } }', {
      cs: changeSetId,
      input: { basis: await basis('husbanken'), from: '2027-01-01', name: { nb: 'Den norske husbanken', nn: 'Den norske husbanken', en: 'The Norwegian Housing Bank' } },
    });
    await ok(editor, 'mutation($cs: ID!, $input: AddRelationInput!) { addRelation(changeSetId: $cs, input: $input) { id } }', {
      cs: changeSetId,
      input: { basis: await basis('bostotte'), type: 'TARGETS', to: 'eldre', validFrom: '2026-01-01' },
    });
    await ok(editor, 'mutation($id: ID!) { submitChangeSet(id: $id) { id } }', { id: changeSetId });
    await ok(reviewer, 'mutation($id: ID!) { publishChangeSet(id: $id) { id } }', { id: changeSetId });
  }, 240_000);

  afterAll(async () => {
    await server?.closeAndEmpty();
  });

  it('writes the edits as seed files that import into an empty graph to the same checksum', async () => {
    const edited = await graphChecksum(server.db);
    const dir = path.join(await tempDir(), 'export');
    const exported = await seedCli(['--export', dir], settings);
    expect(exported.stderr).not.toMatch(/failed/i);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`checksum ${edited.slice(0, 12)}`);
    expect(await readFile(path.join(dir, 'actors.yaml'), 'utf8')).toContain('Den norske husbanken');
    expect((await loadSeeds(dir)).problems).toEqual([]);

    await emptyDatabase(settings);
    await runSeed(server.db, dir);
    expect(await graphChecksum(server.db)).toBe(edited);
  });

  it('refuses a folder that is not empty, writing nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'keep.txt'), 'mine');
    const refused = await seedCli(['--export', dir], settings);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    expect(await readdir(dir)).toEqual(['keep.txt']);
    expect(await readdir(path.dirname(dir))).not.toContainEqual(expect.stringMatching(/\.export-/));
  });
});
