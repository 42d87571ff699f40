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
import { parse } from 'yaml';
import { Database } from '../server/src/neo4j/database.ts';
import { seedChecksum } from '../server/src/seed/canonical.ts';
import { exportSeeds } from '../server/src/seed/export/export-seeds.ts';
import { folderTarget } from '../server/src/seed/export/folder-target.ts';
import { graphChecksum } from '../server/src/seed/graph-stats.ts';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import { ROOT_DIR } from '../server/src/config.ts';
import { SEED_DIR } from '../server/src/start-up.ts';
import { CURRENT_REVISION } from '../server/src/vocabulary/index.ts';
import { emptyDatabase, startEditingServer, type EditingServer } from './support/editing-server.ts';
import { queryData } from './support/graphql.ts';
import { postGraphQLAs, signIn, type SignedIn } from './support/sign-in.ts';
import { unzip } from './support/unzip.ts';

const run = promisify(execFile);
const folders: string[] = [];
const mainSettings = inject('mainNeo4j');
const scratchSettings = inject('scratchNeo4j');

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

/** The graph in `db` exported in-process into a new folder, as the CLI writes it. */
async function exportFolder(db: Database): Promise<string> {
  const dir = path.join(await tempDir(), 'export');
  const folder = await folderTarget(dir, { force: false, schemaFile: path.join(SEED_DIR, 'schema.json') });
  await exportSeeds({ db, revision: CURRENT_REVISION, target: folder.target });
  await folder.commit();
  return dir;
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const)));
}

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('the seeds export of the graph as seeded (main graph, read only)', () => {
  let db: Database;
  let dir: string;
  let mainChecksum: string;

  beforeAll(async () => {
    db = Database.connect(mainSettings);
    mainChecksum = await graphChecksum(db);
    dir = await exportFolder(db);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it('builds exactly the seed content of seeds/, and npm run seed -- --check accepts it', async () => {
    const exported = await loadSeeds(dir);
    expect(exported.problems).toEqual([]);
    expect(seedChecksum(exported.graph)).toBe(seedChecksum((await loadSeeds(SEED_DIR)).graph));
    const checked = await seedCli(['--check', '--dir', dir]);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`${exported.graph.nodes.length} nodes`);
  });

  it('writes one file per collection with the schema line, and a copy of the schema', async () => {
    const files = await filesOf(dir);
    expect([...files.keys()]).toEqual(['actors.yaml', 'goals.yaml', 'instruments.yaml', 'legal-bases.yaml', 'limit-tables.yaml', 'notices.yaml', 'relations.yaml', 'schema.json', 'sources.yaml', 'strategies.yaml', 'target-groups.yaml']);
    for (const [name, text] of files) if (name.endsWith('.yaml')) expect(text.startsWith('# yaml-language-server: $schema=./schema.json\n')).toBe(true);
    expect(files.get('schema.json')).toBe(await readFile(path.join(SEED_DIR, 'schema.json'), 'utf8'));
  });

  it('is byte-identical when exported again, and the download holds the same bytes', async () => {
    const first = await filesOf(dir);
    expect(await filesOf(await exportFolder(db))).toEqual(first);
    const response = await fetch(`${inject('baseUrl')}/export/seeds.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(new Map([...(await unzip(Buffer.from(await response.arrayBuffer())))].sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(first);
  });

  it('imports into an empty graph to the checksum of the graph it came from', async () => {
    const scratch = Database.connect(scratchSettings);
    try {
      await emptyDatabase(scratchSettings);
      await runSeed(scratch, dir);
      expect(await graphChecksum(scratch)).toBe(mainChecksum);
    } finally {
      await emptyDatabase(scratchSettings);
      await scratch.close();
    }
  }, 180_000);
});

describe('npm run seed -- --export on an edited graph (scratch graph)', () => {
  let server: EditingServer;
  let editor: SignedIn;
  let reviewer: SignedIn;

  const NEW_NAME = { nb: 'Den norske husbanken', nn: 'Den norske husbanken', en: 'The Norwegian Housing Bank' };
  const HOW_TO_APPLY = { nb: 'Søk kommunen du bor i (endret i en redigering).', nn: 'Søk kommunen du bur i (endra i ei redigering).', en: 'Apply to your municipality (changed by an edit).' };

  async function ok(who: SignedIn, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> {
    const { body } = await postGraphQLAs<Record<string, { id: string }>>(server.baseUrl, who, query, variables);
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    server = await startEditingServer(scratchSettings);
    [editor, reviewer] = await Promise.all([signIn(server.baseUrl, 'redaktor@example.org'), signIn(server.baseUrl, 'kontrollor@example.org')]);
    const version = async (id: string): Promise<number> => (await queryData<{ node: { version: number } }>(server.baseUrl, 'query($id: ID!) { node(id: $id) { ... on Entity { version } } }', { id })).node.version;
    const changeSetId = (await ok(editor, 'mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }', { input: { title: 'Round trip', reason: 'Test' } })).createChangeSet?.id;
    const basis = async (id: string) => ({ entityId: id, baseVersion: await version(id), reason: 'Test', sourceIds: ['src-l5'] });
    await ok(editor, 'mutation($cs: ID!, $input: RenameInput!) { renameEntity(changeSetId: $cs, input: $input) { id } }', {
      cs: changeSetId,
      input: { basis: await basis('husbanken'), from: '2027-01-01', name: NEW_NAME },
    });
    await ok(editor, 'mutation($cs: ID!, $basis: ChangeBasis!, $facts: FactsInput!) { updateFacts(changeSetId: $cs, basis: $basis, facts: $facts) { id } }', {
      cs: changeSetId,
      basis: await basis('startlan'),
      facts: { howToApply: HOW_TO_APPLY, abbreviation: 'SL' },
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
    const exported = await seedCli(['--export', dir], scratchSettings);
    expect(exported.stderr).not.toMatch(/failed/i);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`checksum ${edited.slice(0, 12)}`);
    expect(exported.stdout).toMatch(/instruments \d+/);

    type Entry = Record<string, unknown> & { id: string };
    const read = async (file: string, key: string): Promise<Entry[]> => (parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, Entry[]>)[key] ?? [];
    const husbanken = (await read('actors.yaml', 'actors')).find((entry) => entry.id === 'husbanken');
    expect(husbanken?.name).toEqual(NEW_NAME);
    expect(husbanken?.names).toContainEqual(expect.objectContaining({ id: 'husbanken-name-until-2026-12-31', validTo: '2026-12-31' }));
    const instruments = await read('instruments.yaml', 'instruments');
    const startlan = instruments.find((entry) => entry.id === 'startlan');
    expect(startlan).toMatchObject({ howToApply: HOW_TO_APPLY, abbreviation: 'SL' });
    expect(startlan?.sources).toContain('src-l5');
    expect(instruments.find((entry) => entry.id === 'bostotte')?.targets).toContainEqual(expect.objectContaining({ to: 'eldre', validFrom: '2026-01-01', sources: ['src-l5'] }));
    expect((await loadSeeds(dir)).problems).toEqual([]);

    await emptyDatabase(scratchSettings);
    await runSeed(server.db, dir);
    expect(await graphChecksum(server.db)).toBe(edited);
  }, 240_000);

  it('refuses a folder that is not empty, writing nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'keep.txt'), 'mine');
    const refused = await seedCli(['--export', dir], scratchSettings);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${dir} is not empty. Choose an empty folder, or pass --force to replace it.`);
    expect(refused.stdout).toBe('');
    expect(await readdir(dir)).toEqual(['keep.txt']);
    expect(await readdir(path.dirname(dir))).not.toContainEqual(expect.stringMatching(/\.export-/));
  }, 120_000);
});
