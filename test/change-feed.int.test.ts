/**
 * The change feed (issue 15) against the real Neo4j, the real identity provider and the editing
 * API: GraphQL `changes`, the Atom feeds, live updates over Server-Sent Events (from this server
 * and, through the watcher, from a seed import in another process), and that nothing of a draft or
 * a change set waiting for review ever appears in any of them.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { xml2js, type Element } from 'xml-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../server/src/config.ts';
import { SEED_DIR } from '../server/src/start-up.ts';
import { postGraphQL } from './support/graphql.ts';
import { startEditingServer, type EditingServer } from './support/editing-server.ts';
import { startOwnServer } from './support/own-server.ts';
import { postGraphQLAs, signIn, type SignedIn } from './support/sign-in.ts';
import { openLiveStream, type LiveStream } from './support/sse-client.ts';

let server: EditingServer;
let editor: SignedIn;
let reviewer: SignedIn;

const ENTRY = `id cursor text recordCount changeSetReason author { name email } reviewer { name }
  publication { revision publishedAt kind changeSetId title }
  entity { id type name uriPath feedPath }
  change { id operation entityId reason sourceIds summary fields { record action field before after } }
  sources { id title url }`;
const CHANGES = `query($since: DateTime, $types: [EntityType!], $ids: [ID!], $first: Int, $after: String, $lang: Lang) {
  changes(since: $since, types: $types, ids: $ids, first: $first, after: $after, lang: $lang) { nodes { ${ENTRY} } pageInfo { hasNextPage endCursor } } }`;
const LIVE = `subscription($types: [EntityType!], $ids: [ID!], $lang: Lang) { changePublished(types: $types, ids: $ids, lang: $lang) { ${ENTRY} } }`;

interface Entry {
  id: string;
  cursor: string;
  text: string;
  recordCount: number | null;
  changeSetReason: string;
  author: { name: string; email: string | null };
  reviewer: { name: string } | null;
  publication: { revision: number; publishedAt: string; kind: string; changeSetId: string; title: string };
  entity: { id: string; type: string | null; name: string; uriPath: string | null; feedPath: string | null } | null;
  change: { id: string; operation: string; entityId: string; reason: string; sourceIds: string[]; summary: string; fields: { record: string; action: string; field: string; before: string | null; after: string | null }[] } | null;
  sources: { id: string; title: string; url: string | null }[];
}
type Page = { changes: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function changes(variables: Record<string, unknown> = {}) {
  return postGraphQL<Page>(server.baseUrl, CHANGES, variables);
}

async function changeList(variables: Record<string, unknown> = {}): Promise<Entry[]> {
  const { status, body } = await changes({ first: 100, ...variables });
  if (status !== 200 || body.errors || !body.data) throw new Error(`changes failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data.changes.nodes;
}

async function ok<T>(who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await postGraphQLAs<T>(server.baseUrl, who, query, variables);
  if (status !== 200 || body.errors || !body.data) throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function versionOf(id: string): Promise<number> {
  const { body } = await postGraphQL<{ node: { version: number } | null }>(server.baseUrl, `query($id: ID!) { node(id: $id) { ... on Entity { version } } }`, { id });
  return body.data?.node?.version ?? 0;
}

const UPDATE_FACTS = `mutation($cs: ID!, $basis: ChangeBasis!, $facts: FactsInput!) { updateFacts(changeSetId: $cs, basis: $basis, facts: $facts) { id } }`;

interface FactChange {
  entityId: string;
  description: string;
  reason: string;
  sourceIds: string[];
}

/** A change set of description changes, drafted by the editor and left as a draft, submitted, or published by the reviewer. */
async function changeSet(title: string, facts: readonly FactChange[], until: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED'): Promise<string> {
  const created = await ok<{ createChangeSet: { id: string } }>(editor, `mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }`, { input: { title, reason: `${title}: grunnlaget er endret` } });
  const id = created.createChangeSet.id;
  for (const fact of facts) {
    await ok(editor, UPDATE_FACTS, { cs: id, basis: { entityId: fact.entityId, baseVersion: await versionOf(fact.entityId), reason: fact.reason, sourceIds: fact.sourceIds }, facts: { description: { nb: fact.description } } });
  }
  if (until === 'DRAFT') return id;
  await ok(editor, `mutation($id: ID!) { submitChangeSet(id: $id) { id } }`, { id });
  if (until === 'PUBLISHED') await ok(reviewer, `mutation($id: ID!) { publishChangeSet(id: $id) { id } }`, { id });
  return id;
}

/** Events until one passes `wanted`; null when none came within the hang guard. */
async function resultWhere(live: LiveStream, wanted: (entry: Entry) => boolean): Promise<Entry | null> {
  for (let i = 0; i < 50; i += 1) {
    const result = await live.nextResult<{ changePublished: Entry }>(30_000);
    if (result === null) return null;
    expect(result.errors).toBeUndefined();
    const entry = result.data?.changePublished;
    if (entry && wanted(entry)) return entry;
  }
  return null;
}

async function atom(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${server.baseUrl}${pathAndQuery}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const children = (element: Element | undefined, name: string): Element[] => (element?.elements ?? []).filter((child) => child.type === 'element' && child.name === name);
const textOf = (element: Element | undefined): string => (element?.elements ?? []).map((child) => String(child.text ?? '')).join('');

/** Parses a feed strictly (xml-js on sax: malformed XML throws) into what the tests look at. */
function parseFeed(text: string) {
  const document = xml2js(text, { compact: false }) as Element;
  const feed = children(document, 'feed')[0];
  if (!feed) throw new Error('no <feed> element');
  const linkOf = (element: Element | undefined, rel: string) => children(element, 'link').find((link) => (link.attributes?.rel ?? 'alternate') === rel)?.attributes?.href;
  return {
    lang: feed.attributes?.['xml:lang'],
    namespace: feed.attributes?.xmlns,
    id: textOf(children(feed, 'id')[0]),
    title: textOf(children(feed, 'title')[0]),
    updated: textOf(children(feed, 'updated')[0]),
    next: linkOf(feed, 'next'),
    self: linkOf(feed, 'self'),
    entries: children(feed, 'entry').map((entry) => ({
      id: textOf(children(entry, 'id')[0]),
      title: textOf(children(entry, 'title')[0]),
      updated: textOf(children(entry, 'updated')[0]),
      summary: textOf(children(entry, 'summary')[0]),
      content: textOf(children(entry, 'content')[0]),
      alternate: linkOf(entry, 'alternate'),
      categories: children(entry, 'category').map((category) => String(category.attributes?.term ?? '')),
    })),
  };
}

/** The real `npm run seed` in a process of its own, over a copy of seeds/ with `edit` applied to one file. */
async function seedFromAnotherProcess(file: string, edit: (text: string) => string): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vmk-feed-seeds-'));
  try {
    await cp(SEED_DIR, dir, { recursive: true });
    const target = path.join(dir, file);
    const before = await readFile(target, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit changed nothing in ${file}`);
    await writeFile(target, after);
    const { uri, username, password } = inject('scratchNeo4j');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/src/seed/cli.ts', '--dir', dir], {
      cwd: ROOT_DIR,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password, NODE_ENV: 'test' },
      timeout: 120_000,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  server = await startEditingServer(inject('scratchNeo4j'));
  [editor, reviewer] = await Promise.all([signIn(server.baseUrl, 'redaktor@example.org'), signIn(server.baseUrl, 'kontrollor@example.org')]);
}, 240_000);

afterAll(async () => {
  await server?.closeAndEmpty();
});

describe('the first seed import', () => {
  it('is one entry, "imported N records", with its publication and no change of its own', async () => {
    const entries = await changeList();
    expect(entries).toHaveLength(1);
    const [first] = entries;
    expect(first?.publication).toMatchObject({ revision: 1, kind: 'SEED_IMPORT', title: 'First import of seeds/' });
    expect(first?.change).toBeNull();
    expect(first?.entity).toBeNull();
    expect(first?.recordCount).toBeGreaterThan(100);
    expect(first?.text).toContain(`${first?.recordCount} oppføringer importert fra seeds/`);
    expect(first?.author).toEqual({ name: 'npm run seed', email: null });
  });
});

describe('a seed import from another process', () => {
  it('reaches an open subscription through the watcher, as a SEED_RECORD change to the instrument', async () => {
    const live = await openLiveStream(server.baseUrl, LIVE, { ids: ['startlan'] });
    try {
      expect(live.status).toBe(200);
      expect(live.headers.get('content-type')).toContain('text/event-stream');
      await seedFromAnotherProcess('instruments-housing-finance.yaml', (text) => text.replace('Normal løpetid inntil 30 år', 'Normal løpetid inntil 30 år (endret av seed i test)'));
      const entry = await resultWhere(live, (candidate) => candidate.entity?.id === 'startlan');
      expect(entry).toMatchObject({ publication: { kind: 'SEED_IMPORT', title: 'Seed import' }, entity: { id: 'startlan', type: 'INSTRUMENT', name: 'Startlån', uriPath: '/id/instrument/startlan' }, change: { operation: 'SEED_RECORD' } });
      expect(entry?.change?.fields).toContainEqual(expect.objectContaining({ record: 'startlan', field: 'description_nb', after: expect.stringContaining('endret av seed i test') }));
    } finally {
      live.close();
    }
  }, 180_000);
});

describe('a published edit', () => {
  let published: Entry | null = null;
  let actorsOnly: LiveStream;

  it('arrives at a subscriber of its entity within seconds, with its diff, date, reason and sources', async () => {
    const live = await openLiveStream(server.baseUrl, LIVE, { ids: ['startlan'] });
    actorsOnly = await openLiveStream(server.baseUrl, LIVE, { types: ['ACTOR'] });
    try {
      const before = Date.now();
      await changeSet('Startlån: ny beskrivelse', [{ entityId: 'startlan', description: 'Startlån er et behovsprøvd lån fra kommunen (test).', reason: 'Nye retningslinjer fra Husbanken', sourceIds: ['src-s2'] }], 'PUBLISHED');
      published = await resultWhere(live, (entry) => entry.change?.operation === 'UPDATE_FACTS');
      expect(published).not.toBeNull();
      expect(published?.entity).toEqual({ id: 'startlan', type: 'INSTRUMENT', name: 'Startlån', uriPath: '/id/instrument/startlan', feedPath: '/feeds/instrument/startlan.atom' });
      expect(published?.change).toMatchObject({ entityId: 'startlan', reason: 'Nye retningslinjer fra Husbanken', sourceIds: ['src-s2'] });
      expect(published?.change?.fields).toContainEqual(expect.objectContaining({ record: 'startlan', action: 'CHANGED', field: 'description_nb', after: '"Startlån er et behovsprøvd lån fra kommunen (test)."' }));
      expect(published?.sources.map((source) => source.id)).toEqual(['src-s2']);
      expect(published?.sources[0]?.title).toBeTruthy();
      expect(published?.publication.kind).toBe('EDIT');
      expect(Date.parse(published?.publication.publishedAt ?? '')).toBeGreaterThanOrEqual(before - 5_000);
      expect(published?.changeSetReason).toBe('Startlån: ny beskrivelse: grunnlaget er endret');
      expect(published?.author).toEqual({ name: 'Rita Redaktør', email: null });
      expect(published?.reviewer).toEqual({ name: 'Kari Kontrollør' });
      expect(published?.text).toMatch(/^Startlån: Endret fakta: description\. Publisert \d{1,2}\. \w+ \d{4}\. Begrunnelse: Nye retningslinjer fra Husbanken\. Kilde: .+\.$/);
    } finally {
      live.close();
    }
  }, 120_000);

  it('is the newest entry of `changes`, the same as the subscriber got', async () => {
    const [newest] = await changeList({ first: 1 });
    expect(newest).toEqual(published);
  });

  it('does not reach a subscriber filtered to another entity type', async () => {
    // The next publication about an actor is the first thing that subscriber may get.
    await changeSet('Husbanken: ny beskrivelse', [{ entityId: 'husbanken', description: 'Husbanken er statens sentrale organ for boligpolitikken (test).', reason: 'Oppdatert etter tildelingsbrevet', sourceIds: ['src-l5'] }], 'PUBLISHED');
    const first = await actorsOnly.nextResult<{ changePublished: Entry }>(30_000);
    actorsOnly.close();
    expect(first?.data?.changePublished.entity).toMatchObject({ id: 'husbanken', type: 'ACTOR' });
  }, 120_000);
});

describe('drafts and change sets waiting for review', () => {
  const SECRET_DRAFT = 'Utkast som aldri må vises (test)';
  const SECRET_SUBMITTED = 'Venter på kontroll og må ikke vises (test)';

  it('never reach a subscriber: the first event after them is the next publication', async () => {
    const live = await openLiveStream(server.baseUrl, LIVE);
    try {
      await changeSet('Utkast', [{ entityId: 'husbanken', description: SECRET_DRAFT, reason: SECRET_DRAFT, sourceIds: ['src-l5'] }], 'DRAFT');
      await changeSet('Sendt til kontroll', [{ entityId: 'husbanken', description: SECRET_SUBMITTED, reason: SECRET_SUBMITTED, sourceIds: ['src-l5'] }], 'SUBMITTED');
      await changeSet('Bostøtte: ny beskrivelse', [{ entityId: 'bostotte', description: 'Bostøtte er en statlig støtte til personer med lave inntekter og høye boutgifter (test).', reason: 'Presisert målgruppe', sourceIds: ['src-b1'] }], 'PUBLISHED');
      const first = await live.nextResult<{ changePublished: Entry }>(30_000);
      expect(first?.data?.changePublished.entity?.id).toBe('bostotte');
    } finally {
      live.close();
    }
  }, 120_000);

  it('appear in neither `changes` nor any Atom feed', async () => {
    const everything = JSON.stringify(await changeList({ first: 100 }));
    const feeds = await Promise.all(['/feeds/changes.atom', '/feeds/actor.atom', '/feeds/actor/husbanken.atom', '/feeds/changes.atom?lang=en'].map((feed) => atom(feed)));
    for (const text of [everything, ...feeds.map((feed) => feed.text)]) {
      expect(text).not.toContain(SECRET_DRAFT);
      expect(text).not.toContain(SECRET_SUBMITTED);
    }
    expect(feeds.every((feed) => feed.status === 200)).toBe(true);
  });
});

describe('keyset pages', () => {
  it('cover the whole feed without overlap or gap, newest first, one round trip each', async () => {
    await changeSet('To endringer i ett sett', [
      { entityId: 'husbanken', description: 'Husbanken gir lån og tilskudd (test 2).', reason: 'Første av to', sourceIds: ['src-l5'] },
      { entityId: 'startlan', description: 'Startlån fra kommunen (test 2).', reason: 'Andre av to', sourceIds: ['src-s2'] },
    ], 'PUBLISHED');
    const whole = await changeList({ first: 100 });
    expect(whole.length).toBeGreaterThanOrEqual(6);
    const positions = whole.map((entry) => entry.publication.revision);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    const paged: Entry[] = [];
    let after: string | null = null;
    const statements: string[] = [];
    const stop = server.db.observe(({ name }) => statements.push(name));
    try {
      for (let page = 0; page < 20; page += 1) {
        const { body } = await changes({ first: 2, after });
        const data = body.data?.changes;
        if (!data) throw new Error(JSON.stringify(body.errors));
        paged.push(...data.nodes);
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
    } finally {
      stop();
    }
    expect(paged.map((entry) => entry.id)).toEqual(whole.map((entry) => entry.id));
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(paged.length);
    expect(statements).toEqual(Array.from({ length: Math.ceil(whole.length / 2) }, () => 'changes/changes'));
    // The two changes of one change set: the later change first, under one revision.
    const pair = whole.filter((entry) => entry.publication.title === 'To endringer i ett sett');
    expect(pair.map((entry) => entry.change?.reason)).toEqual(['Andre av to', 'Første av to']);
  }, 120_000);

  it('continue from any entry\'s cursor, and refuse a cursor from elsewhere', async () => {
    const whole = await changeList({ first: 100 });
    const rest = await changeList({ first: 100, after: whole[1]?.cursor });
    expect(rest.map((entry) => entry.id)).toEqual(whole.slice(2).map((entry) => entry.id));
    const { body } = await changes({ after: 'bm90IGEgY3Vyc29y' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  it('`types` keeps changes to entities of those types', async () => {
    const actors = await changeList({ types: ['ACTOR'] });
    expect(actors.length).toBeGreaterThanOrEqual(2);
    expect(actors.every((entry) => entry.entity?.type === 'ACTOR')).toBe(true);
    const both = await changeList({ types: ['ACTOR', 'INSTRUMENT'] });
    expect(new Set(both.map((entry) => entry.entity?.type))).toEqual(new Set(['ACTOR', 'INSTRUMENT']));
  });

  it('`ids` keeps changes to those entities, from the change index in one round trip; an unknown id matches nothing', async () => {
    const statements: string[] = [];
    const stop = server.db.observe(({ name }) => statements.push(name));
    const startlan = await changeList({ ids: ['startlan'] }).finally(stop);
    expect(statements).toEqual(['changes/changes-of-entities']);
    expect(startlan.map((entry) => entry.change?.operation)).toEqual(['UPDATE_FACTS', 'UPDATE_FACTS', 'SEED_RECORD']);
    expect(startlan.every((entry) => entry.entity?.id === 'startlan')).toBe(true);
    expect(await changeList({ ids: ['finnes-ikke'] })).toEqual([]);
    expect(await changeList({ ids: ['startlan'], types: ['ACTOR'] })).toEqual([]);
  });

  it('`since` keeps the publications at or after it', async () => {
    const whole = await changeList();
    const cut = whole.find((entry) => entry.change?.reason === 'Presisert målgruppe');
    const since = await changeList({ since: cut?.publication.publishedAt });
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((entry) => Date.parse(entry.publication.publishedAt) >= Date.parse(cut?.publication.publishedAt ?? ''))).toBe(true);
    expect(since.at(-1)?.id).toBe(cut?.id);
    expect(since.some((entry) => entry.publication.kind === 'SEED_IMPORT')).toBe(false);
  });

  it('`since` in the future or malformed is BAD_USER_INPUT with a message that says so', async () => {
    const future = await changes({ since: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(future.body.errors?.[0]?.message).toContain('in the future');
    const malformed = await changes({ since: 'i går' });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const literal = await postGraphQL(server.baseUrl, '{ changes(since: "2026-13-45T00:00:00Z") { nodes { id } } }');
    expect(literal.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('speaks nynorsk and English', async () => {
    const [nn] = await changeList({ ids: ['bostotte'], lang: 'NN' });
    expect(nn?.text).toMatch(/Publisert .* Grunngjeving: Presisert målgruppe\. Kjelde: /);
    const [en] = await changeList({ ids: ['bostotte'], lang: 'EN' });
    expect(en?.text).toMatch(/^Housing allowance: Changed facts: description\. Published \d{1,2} \w+ \d{4}\. Reason: Presisert målgruppe\. Source: /);
  });
});

describe('Atom feeds', () => {
  it('/feeds/changes.atom is Atom 1.0 with every entry, newest first, ids as urn:uuid and links to the persistent URI', async () => {
    const response = await atom('/feeds/changes.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(response.text);
    const whole = await changeList();
    expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(feed.lang).toBe('nb');
    expect(feed.id).toBe(`${server.baseUrl}/feeds/changes.atom`);
    expect(feed.title).toBe('Virkemiddelkart: siste endringer');
    expect(feed.entries.map((entry) => entry.id)).toEqual(whole.map((entry) => `urn:uuid:${entry.id}`));
    expect(feed.updated).toBe(whole[0]?.publication.publishedAt);
    const newest = feed.entries[0];
    expect(newest?.alternate).toBe(`${server.baseUrl}${whole[0]?.entity?.uriPath}`);
    expect(newest?.summary).toBe(whole[0]?.text);
    expect(newest?.content).toContain('· description_nb:');
    expect(feed.entries.at(-1)?.title).toBe('First import of seeds/');
    expect(feed.next).toBeUndefined();
  });

  it('/feeds/{type}.atom has that type only; /feeds/{type}/{id}.atom that entity only', async () => {
    const instruments = parseFeed((await atom('/feeds/instrument.atom')).text);
    expect(instruments.entries.length).toBeGreaterThanOrEqual(4);
    expect(instruments.entries.every((entry) => entry.categories.includes('instrument'))).toBe(true);
    const startlan = parseFeed((await atom('/feeds/instrument/startlan.atom')).text);
    expect(startlan.title).toBe('Startlån: endringer i Virkemiddelkart');
    expect(startlan.entries).toHaveLength(3);
    expect(startlan.entries.every((entry) => entry.alternate === `${server.baseUrl}/id/instrument/startlan`)).toBe(true);
    expect(startlan.entries[0]?.summary).toContain('Andre av to');
  });

  it('an entity that exists but has no changes has an empty feed; unknown feeds and entities are 404 NOT_FOUND', async () => {
    const empty = await atom('/feeds/target-group/vanskeligstilte.atom');
    expect(empty.status).toBe(200);
    expect(parseFeed(empty.text).entries).toEqual([]);
    for (const missing of ['/feeds/nothing.atom', '/feeds/instrument/finnes-ikke.atom', '/feeds/instrument/husbanken.atom', '/feeds/instrument/startlan.rss']) {
      const response = await atom(missing);
      expect(response.status, missing).toBe(404);
      expect((JSON.parse(response.text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('`since` (a date or a date-time) filters; in the future or malformed is 400 BAD_USER_INPUT; ?lang=en writes English', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    expect(parseFeed((await atom(`/feeds/changes.atom?since=${today}`)).text).entries.length).toBeGreaterThan(0);
    const later = parseFeed((await atom(`/feeds/changes.atom?since=${encodeURIComponent(new Date(Date.now() - 1000).toISOString())}`)).text);
    expect(later.entries).toEqual([]);
    for (const bad of ['since=2999-01-01', `since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, 'since=yesterday', 'since=2026-02-30', 'lang=de', 'after=garbage']) {
      const response = await atom(`/feeds/changes.atom?${bad}`);
      expect(response.status, bad).toBe(400);
      expect((JSON.parse(response.text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
    const english = parseFeed((await atom('/feeds/instrument/startlan.atom?lang=en')).text);
    expect(english.lang).toBe('en');
    expect(english.entries[0]?.summary).toMatch(/Published .* Reason: Andre av to\./);
  });

  it('answers 304 to a reader that has the current feed, and 200 again after a publication', async () => {
    const first = await atom('/feeds/instrument/startlan.atom');
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await atom('/feeds/instrument/startlan.atom', { 'if-none-match': etag })).status).toBe(304);
    expect((await atom('/feeds/instrument/startlan.atom', { 'if-modified-since': lastModified })).status).toBe(304);
    // Another variant of the same feed has its own tag.
    expect((await atom('/feeds/instrument/startlan.atom?lang=nn', { 'if-none-match': etag })).status).toBe(200);
    await changeSet('Startlån: enda en beskrivelse', [{ entityId: 'startlan', description: 'Startlån (test 3).', reason: 'Tredje endring', sourceIds: ['src-s2'] }], 'PUBLISHED');
    const after = await atom('/feeds/instrument/startlan.atom', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(parseFeed(after.text).entries[0]?.summary).toContain('Tredje endring');
  }, 120_000);
});

describe('the live stream', () => {
  it('serves subscriptions only, as an event stream, and says where the rest goes', async () => {
    const query = await fetch(`${server.baseUrl}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: '{ changes { nodes { id } } }' }) });
    expect(query.status).toBe(400);
    expect(((await query.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('/graphql') });
    const noStream = await fetch(`${server.baseUrl}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIVE }) });
    expect(noStream.status).toBe(406);
    await noStream.body?.cancel();
    const overHttp = await postGraphQL(server.baseUrl, LIVE);
    expect(overHttp.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(overHttp.body.errors?.[0]?.message).toContain('/graphql/stream');
  });

  it('takes at most 100 streams at once (then 503), and frees each one its reader closes', async () => {
    const streams = await Promise.all(Array.from({ length: 100 }, () => openLiveStream(server.baseUrl, LIVE)));
    try {
      expect(streams.every((stream) => stream.status === 200)).toBe(true);
      expect(server.app.liveChanges.openStreams).toBe(100);
      const refused = await openLiveStream(server.baseUrl, LIVE);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBeTruthy();
      refused.close();
    } finally {
      for (const stream of streams) stream.close();
    }
    for (let i = 0; i < 100 && server.app.liveChanges.openStreams > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.app.liveChanges.openStreams).toBe(0);
    const again = await openLiveStream(server.baseUrl, LIVE);
    expect(again.status).toBe(200);
    again.close();
  }, 120_000);

  it('is ended by the server\'s close(), which does not wait for the reader', async () => {
    const own = await startOwnServer(inject('scratchNeo4j'));
    const live = await openLiveStream(own.baseUrl, LIVE);
    expect(live.status).toBe(200);
    await own.close();
    let event = await live.next(15_000);
    while (event && event.event !== 'end') event = await live.next(15_000);
    expect(event?.event).toBe('end');
  }, 60_000);
});
