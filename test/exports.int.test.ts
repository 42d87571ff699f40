/**
 * Whole-graph CSV downloads: one file per entity type and per relationship type, a column per
 * language, ISO dates, UTF-8 with a header, also as one ZIP; as of a date and as published at a
 * moment; bad requests answered with a status and a code.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryData } from './support/graphql.ts';
import { unzip } from './support/unzip.ts';
import { startEditingServer, type EditingServer } from './support/editing-server.ts';
import { postGraphQLAs, signIn } from './support/sign-in.ts';
import { CSV_FILES } from '../server/src/exports/csv/columns.ts';

type Row = Record<string, string>;

async function csv(baseUrl: string, path: string): Promise<{ header: string[]; rows: Row[]; text: string }> {
  const response = await fetch(`${baseUrl}${path}`);
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  const text = await response.text();
  const [header] = parse(text, { to_line: 1 }) as string[][];
  return { header: header ?? [], rows: parse(text, { columns: true }) as Row[], text };
}

async function errorOf(baseUrl: string, path: string, init: RequestInit = {}): Promise<{ status: number; code: unknown; message: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, init);
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
}

const byId = (rows: Row[], id: string): Row | undefined => rows.find((row) => row.id === id);

describe('CSV downloads of the graph as published now', () => {
  const baseUrl = inject('baseUrl');

  it('lists every download at /export/, each one fetchable', async () => {
    const index = (await (await fetch(`${baseUrl}/export/`)).json()) as { downloads: { href: string; mediaType: string }[] };
    const hrefs = index.downloads.map((download) => new URL(download.href).pathname);
    expect(hrefs).toContain('/export/csv.zip');
    for (const file of CSV_FILES) expect(hrefs).toContain(`/export/csv/${file.name}`);
  });

  it('has a row per instrument in force today, with a column per language and its persistent URI', async () => {
    const { header, rows } = await csv(baseUrl, '/export/csv/instrument.csv');
    expect(header.slice(0, 5)).toEqual(['id', 'uri', 'name_nb', 'name_nn', 'name_en']);
    const api = await queryData<{ instruments: { totalCount: number } }>(baseUrl, '{ instruments(first: 1) { totalCount } }');
    expect(rows).toHaveLength(api.instruments.totalCount);
    const names = await queryData<Record<'nb' | 'nn' | 'en', { name: string }>>(
      baseUrl,
      '{ nb: instrument(slug: "bostotte", lang: NB) { name } nn: instrument(slug: "bostotte", lang: NN) { name } en: instrument(slug: "bostotte", lang: EN) { name } }',
    );
    const bostotte = byId(rows, 'bostotte');
    expect(bostotte).toMatchObject({ name_nb: names.nb.name, name_nn: names.nn.name, name_en: names.en.name, uri: `${baseUrl}/id/instrument/bostotte` });
    for (const row of rows) for (const column of ['validFrom', 'validTo']) expect(row[column]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
  });

  it('writes lists, booleans and structured values so they read back', async () => {
    const { rows } = await csv(baseUrl, '/export/csv/criterion.csv');
    const withTest = rows.find((row) => row.test !== '');
    expect(withTest).toBeDefined();
    expect(() => JSON.parse(withTest?.test ?? '')).not.toThrow();
    for (const row of rows) expect(['true', 'false', '']).toContain(row.required);
    const { rows: instruments } = await csv(baseUrl, '/export/csv/instrument.csv');
    expect(byId(instruments, 'startlan')?.sourceIds?.split('; ').length ?? 0).toBeGreaterThan(1);
  });

  it('has a file per relationship type whose rows are the links the API shows', async () => {
    const { header, rows } = await csv(baseUrl, '/export/csv/relation-decided-by.csv');
    expect(header.slice(0, 2)).toEqual(['fromId', 'toId']);
    const api = await queryData<{ instrument: { links: { type: string; entity: { id: string } }[] } }>(
      baseUrl,
      '{ instrument(slug: "bostotte") { links(types: [DECIDED_BY], direction: OUT) { type entity { id } } } }',
    );
    const fromApi = api.instrument.links.map((link) => link.entity.id).sort();
    expect(fromApi.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.fromId === 'bostotte').map((row) => row.toId).sort()).toEqual(fromApi);
    const combinations = await csv(baseUrl, '/export/csv/relation-combines-with.csv');
    expect(combinations.header).toEqual(expect.arrayContaining(['id', 'rationale_nb', 'rationale_nn', 'rationale_en', 'appliesWhen']));
    expect(combinations.rows.find((row) => row.id === 'c1a')).toMatchObject({ fromId: 'startlan', toId: 'tilskudd-etablering' });
  });

  it('answers as of a date: a strategy appears only within its period', async () => {
    const before = await csv(baseUrl, '/export/csv/strategy.csv?asOf=2016-06-01');
    const during = await csv(baseUrl, '/export/csv/strategy.csv?asOf=2022-06-01');
    expect(byId(before.rows, 'alle-trenger-et-trygt-hjem')).toBeUndefined();
    expect(byId(during.rows, 'alle-trenger-et-trygt-hjem')).toBeDefined();
    expect(byId(before.rows, 'bolig-for-velferd')).toBeDefined();
  });

  it('gives every file and a data package descriptor in one ZIP, equal to the files one by one', async () => {
    const response = await fetch(`${baseUrl}/export/csv.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="virkemiddelkart-csv-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual([...CSV_FILES.map((file) => file.name), 'datapackage.json'].sort());
    expect(files.get('actor.csv')).toBe((await csv(baseUrl, '/export/csv/actor.csv')).text);
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '{}') as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    const actor = descriptor.resources.find((resource) => resource.path === 'actor.csv');
    expect(actor?.schema.fields.map((field) => field.name)).toEqual((await csv(baseUrl, '/export/csv/actor.csv')).header);
  });

  it('refuses bad requests with a status and a stable code', async () => {
    expect(await errorOf(baseUrl, '/export/csv/nothing.csv')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await errorOf(baseUrl, '/export/csv/actor.csv?asOf=2024-13-01')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await errorOf(baseUrl, '/export/csv/actor.csv?knownAt=yesterday')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    const misspelt = await errorOf(baseUrl, '/export/csv.zip?asof=2020-01-01');
    expect(misspelt).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(misspelt.message).toMatch(/asof/);
    expect(await errorOf(baseUrl, '/export/csv.zip', { method: 'POST' })).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
  });
});

describe('CSV downloads of an edited graph', () => {
  let server: EditingServer;

  beforeAll(async () => {
    server = await startEditingServer(inject('scratchNeo4j'));
  }, 240_000);

  afterAll(async () => {
    await server?.closeAndEmpty();
  });

  it('carries a published rename, keeps the earlier name at knownAt before it, and never shows a draft', async () => {
    const [editor, reviewer] = await Promise.all([signIn(server.baseUrl, 'redaktor@example.org'), signIn(server.baseUrl, 'kontrollor@example.org')]);
    const run = async (who: typeof editor, query: string, variables: Record<string, unknown>): Promise<Record<string, { id: string }>> => {
      const { body } = await postGraphQLAs<Record<string, { id: string }>>(server.baseUrl, who, query, variables);
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const rename = async (name: string, from: string): Promise<string> => {
      const draft = await run(editor, 'mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }', { input: { title: `Navn: ${name}`, reason: 'Test' } });
      const changeSetId = draft.createChangeSet?.id ?? '';
      await run(editor, 'mutation($cs: ID!, $input: RenameInput!) { renameEntity(changeSetId: $cs, input: $input) { id } }', {
        cs: changeSetId,
        input: { basis: { entityId: 'imdi', baseVersion: await versionOf('imdi'), reason: 'Test', sourceIds: ['src-l5'] }, from, name: { nb: name, nn: name, en: name } },
      });
      return changeSetId;
    };
    const versionOf = async (id: string): Promise<number> =>
      (await queryData<{ node: { version: number } }>(server.baseUrl, 'query($id: ID!) { node(id: $id) { ... on Entity { version } } }', { id })).node.version;
    const imdiName = async (query = ''): Promise<string | undefined> => byId((await csv(server.baseUrl, `/export/csv/actor.csv?asOf=2026-06-01${query}`)).rows, 'imdi')?.name_nb;

    const original = await imdiName();
    const beforePublish = new Date().toISOString();
    const published = await rename('Integrerings- og mangfoldsdirektoratet (test)', '2026-01-01');
    await run(editor, 'mutation($id: ID!) { submitChangeSet(id: $id) { id } }', { id: published });
    await run(reviewer, 'mutation($id: ID!) { publishChangeSet(id: $id) { id } }', { id: published });
    await rename('Et utkast som ikke er publisert', '2026-03-01');

    expect(await imdiName()).toBe('Integrerings- og mangfoldsdirektoratet (test)');
    expect(await imdiName(`&knownAt=${encodeURIComponent(beforePublish)}`)).toBe(original);
  });
});
