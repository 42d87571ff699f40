/**
 * Editing against the real Neo4j and the real development identity provider (issue 14): change
 * sets drafted, reviewed and published; versions that refuse stale changes; the audit trail; and
 * reads "as we knew it" (knownAt) next to "as it was in the world" (asOf).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postGraphQL, type GraphQLResponse } from './support/graphql.ts';
import { startEditingServer, type EditingServer } from './support/editing-server.ts';
import { postGraphQLAs, signIn, type SignedIn } from './support/sign-in.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import { SEED_DIR } from '../server/src/start-up.ts';

let server: EditingServer;
let editor: SignedIn;
let secondEditor: SignedIn;
let reviewer: SignedIn;
let admin: SignedIn;

const CHANGE = 'id operation entityId baseVersion reason sourceIds summary fields { record action field before after }';
const SET = `id title status kind author { name email } reviewer { name } revision publishedAt changes { ${CHANGE} }`;

async function as<T = Record<string, unknown>>(who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  return postGraphQLAs<T>(server.baseUrl, who, query, variables);
}

async function ok<T = Record<string, unknown>>(who: SignedIn, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await as<T>(who, query, variables);
  if (status !== 200 || body.errors || !body.data) throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function versionOf(id: string): Promise<number> {
  const { body } = await postGraphQL<{ node: { version: number } | null }>(server.baseUrl, `query($id: ID!) { node(id: $id) { ... on Entity { version } ... on Source { version } } }`, { id });
  return body.data?.node?.version ?? 0;
}

async function draft(who: SignedIn, title: string): Promise<string> {
  const data = await ok<{ createChangeSet: { id: string } }>(who, `mutation($input: CreateChangeSetInput!) { createChangeSet(input: $input) { id } }`, { input: { title, reason: 'Test: keeping the graph true' } });
  return data.createChangeSet.id;
}

const submit = (who: SignedIn, id: string) => ok(who, `mutation($id: ID!) { submitChangeSet(id: $id) { id status } }`, { id });
const publish = (who: SignedIn, id: string) => as<{ publishChangeSet: { status: string; revision: number } }>(who, `mutation($id: ID!) { publishChangeSet(id: $id) { status revision } }`, { id });

const RENAME = `mutation($cs: ID!, $input: RenameInput!) { renameEntity(changeSetId: $cs, input: $input) { ${CHANGE} } }`;
const UPDATE_FACTS = `mutation($cs: ID!, $basis: ChangeBasis!, $facts: FactsInput!) { updateFacts(changeSetId: $cs, basis: $basis, facts: $facts) { ${CHANGE} } }`;
const NAME_AT = `query($id: ID!, $asOf: Date, $knownAt: DateTime) { node(id: $id, asOf: $asOf, knownAt: $knownAt) { ... on Entity { name version } } }`;

async function nameAt(id: string, asOf: string, knownAt?: string): Promise<{ name: string; version: number } | null> {
  const { body } = await postGraphQL<{ node: { name: string; version: number } | null }>(server.baseUrl, NAME_AT, { id, asOf, ...(knownAt ? { knownAt } : {}) });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data?.node ?? null;
}

beforeAll(async () => {
  server = await startEditingServer(inject('scratchNeo4j'));
  [editor, secondEditor, reviewer, admin] = await Promise.all([
    signIn(server.baseUrl, 'redaktor@example.org'),
    signIn(server.baseUrl, 'redaktor2@example.org'),
    signIn(server.baseUrl, 'kontrollor@example.org'),
    signIn(server.baseUrl, 'admin@example.org'),
  ]);
}, 240_000);

afterAll(async () => {
  await server?.closeAndEmpty();
});

describe('a change set from draft to publication', () => {
  let changeSetId: string;
  let beforePublish: string;

  it('drafts a rename from a date with its reason, source and field diff', async () => {
    expect(await versionOf('husbanken')).toBe(1);
    changeSetId = await draft(editor, 'Husbanken får nytt navn');
    const data = await ok<{ renameEntity: { operation: string; baseVersion: number; fields: { record: string; action: string; field: string; before: string | null; after: string | null }[] } }>(editor, RENAME, {
      cs: changeSetId,
      input: { basis: { entityId: 'husbanken', baseVersion: 1, reason: 'Nytt navn vedtatt (test)', sourceIds: ['src-l5'] }, from: '2027-01-01', name: { nb: 'Den norske husbanken', nn: 'Den norske husbanken', en: 'The Norwegian Housing Bank' } },
    });
    expect(data.renameEntity.operation).toBe('RENAME');
    expect(data.renameEntity.baseVersion).toBe(1);
    expect(data.renameEntity.fields).toContainEqual({ record: 'husbanken', action: 'CHANGED', field: 'name_nb', before: '"Husbanken"', after: '"Den norske husbanken"' });
    expect(data.renameEntity.fields).toContainEqual(expect.objectContaining({ record: 'husbanken-name-until-2026-12-31', action: 'CREATED', field: 'validTo', after: '"2026-12-31"' }));
  });

  it('keeps a draft from caseworkers: nothing changes before publication', async () => {
    expect((await nameAt('husbanken', '2027-06-01'))?.name).toBe('Husbanken');
  });

  it('refuses publication by its author and by an editor, and any mutation without sign-in', async () => {
    await submit(editor, changeSetId);
    const byEditor = await publish(secondEditor, changeSetId);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const anonymous = await postGraphQL(server.baseUrl, `mutation($id: ID!) { publishChangeSet(id: $id) { id } }`, { id: changeSetId });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await nameAt('husbanken', '2027-06-01'))?.version).toBe(1);
  });

  it('publishes in one step: the new name from its date, the old one before it, version 2', async () => {
    beforePublish = new Date().toISOString();
    const published = await publish(reviewer, changeSetId);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data?.publishChangeSet.status).toBe('PUBLISHED');
    expect(await nameAt('husbanken', '2027-06-01')).toEqual({ name: 'Den norske husbanken', version: 2 });
    expect((await nameAt('husbanken', '2026-06-01'))?.name).toBe('Husbanken');
  });

  it('answers as the graph was published at knownAt, combined with asOf', async () => {
    // 2027 in the world, as we knew it before the publication: still Husbanken, version 1.
    expect(await nameAt('husbanken', '2027-06-01', beforePublish)).toEqual({ name: 'Husbanken', version: 1 });
    expect(await nameAt('husbanken', '2027-06-01', new Date().toISOString())).toEqual({ name: 'Den norske husbanken', version: 2 });
    // Before the first import nothing was known.
    expect(await nameAt('husbanken', '2027-06-01', '2000-01-01T00:00:00Z')).toBeNull();
  });

  it('records the publication in the entity history, naming people but showing e-mails to staff only', async () => {
    const query = `query { history(id: "husbanken") { nodes { revision title author { name email } reviewer { name email } change { operation reason sourceIds summary } } } }`;
    const { body } = await postGraphQL<{ history: { nodes: { revision: number; author: { name: string; email: string | null }; reviewer: { name: string; email: string | null }; change: { operation: string; sourceIds: string[]; summary: string } }[] } }>(server.baseUrl, query);
    const [entry] = body.data?.history.nodes ?? [];
    expect(entry?.change).toMatchObject({ operation: 'RENAME', sourceIds: ['src-l5'], summary: 'Nytt navn fra 2027-01-01: Den norske husbanken' });
    expect(entry?.author).toEqual({ name: 'Rita Redaktør', email: null });
    expect(entry?.reviewer).toEqual({ name: 'Kari Kontrollør', email: null });
    const staff = await ok<{ history: { nodes: { author: { email: string } }[] } }>(reviewer, query);
    expect(staff.history.nodes[0]?.author.email).toBe('redaktor@example.org');
  });

  it('never changes a published change set again: every mutation on it is refused', async () => {
    const before = await ok<{ changeSet: unknown }>(reviewer, `query($id: ID!) { changeSet(id: $id) { ${SET} } }`, { id: changeSetId });
    const attempts = [
      await as(editor, `mutation($id: ID!) { withdrawChangeSet(id: $id) { id } }`, { id: changeSetId }),
      await as(admin, `mutation($id: ID!) { rejectChangeSet(id: $id, note: "too late") { id } }`, { id: changeSetId }),
      await as(admin, `mutation($id: ID!) { publishChangeSet(id: $id) { id } }`, { id: changeSetId }),
      await as(editor, `mutation($id: ID!) { submitChangeSet(id: $id) { id } }`, { id: changeSetId }),
      await as(editor, UPDATE_FACTS, { cs: changeSetId, basis: { entityId: 'husbanken', baseVersion: 2, reason: 'late change', sourceIds: ['src-l5'] }, facts: { abbreviation: 'HB' } }),
    ];
    for (const attempt of attempts) expect(attempt.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await ok(reviewer, `query($id: ID!) { changeSet(id: $id) { ${SET} } }`, { id: changeSetId })).toEqual(before);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a change drafted against an old version, naming the entity and the newer version', async () => {
    const id = await draft(editor, 'Stale');
    const { body } = await as(editor, UPDATE_FACTS, { cs: id, basis: { entityId: 'husbanken', baseVersion: 1, reason: 'Based on an old page', sourceIds: ['src-l5'] }, facts: { abbreviation: 'HB' } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', conflicts: [{ entityId: 'husbanken', expectedVersion: 1, currentVersion: 2 }] });
  });

  it('publishes exactly one of 50 change sets drafted on the same version; 49 get CONFLICT and nothing partial', async () => {
    const base = await versionOf('bostotte');
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const author = i % 2 === 0 ? editor : secondEditor;
      const id = await draft(author, `Concurrent ${i}`);
      await ok(author, UPDATE_FACTS, { cs: id, basis: { entityId: 'bostotte', baseVersion: base, reason: `Concurrent edit ${i}`, sourceIds: ['src-b1'] }, facts: { note: { nb: `Merknad ${i}` } } });
      await submit(author, id);
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => publish(reviewer, id)));
    const published = results.filter((r) => r.body.data?.publishChangeSet.status === 'PUBLISHED');
    const conflicts = results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(published).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    expect(conflicts[0]?.status).toBe(409);
    expect(conflicts[0]?.body.errors?.[0]?.extensions?.conflicts).toEqual([{ entityId: 'bostotte', expectedVersion: base, currentVersion: base + 1 }]);
    expect(await versionOf('bostotte')).toBe(base + 1);
    const winner = ids[results.findIndex((r) => r.body.data?.publishChangeSet.status === 'PUBLISHED')];
    const statuses = await ok<{ changeSets: { nodes: { id: string; status: string }[] } }>(reviewer, `query { changeSets(status: [PUBLISHED, SUBMITTED], first: 100) { nodes { id status } } }`);
    const ours = statuses.changeSets.nodes.filter((node) => ids.includes(node.id));
    expect(ours.filter((node) => node.status === 'PUBLISHED').map((node) => node.id)).toEqual([winner]);
    expect(ours.filter((node) => node.status === 'SUBMITTED')).toHaveLength(49);
  }, 180_000);
});

describe('who may do what', () => {
  it('lets no reviewer publish their own change set', async () => {
    const id = await draft(admin, 'Own');
    await ok(admin, UPDATE_FACTS, { cs: id, basis: { entityId: 'kdd', baseVersion: await versionOf('kdd'), reason: 'Own change', sourceIds: ['src-kdd-historikk'] }, facts: { abbreviation: 'KDD' } });
    await submit(admin, id);
    const own = await publish(admin, id);
    expect(own.status).toBe(403);
    expect(own.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CHANGE_SET' });
  });

  it('lets no anonymous request mutate, through aliases, fragments, batching or GET', async () => {
    const input = { title: 'Anonymous', reason: 'Should not exist' };
    const aliased = await postGraphQL(server.baseUrl, `mutation($input: CreateChangeSetInput!) { a: createChangeSet(input: $input) { id } b: createChangeSet(input: $input) { id } }`, { input });
    expect(aliased.status).toBe(401);
    expect(aliased.body.errors?.length).toBeGreaterThan(0);
    expect(aliased.body.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const fragment = await postGraphQL(server.baseUrl, `mutation($input: CreateChangeSetInput!) { ...Make } fragment Make on Mutation { createChangeSet(input: $input) { id } }`, { input });
    expect(fragment.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const batch = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: 'mutation { createChangeSet(input: {title: "x y z", reason: "x y z"}) { id } }' }]) });
    expect(batch.status).toBe(400);
    const get = await fetch(`${server.baseUrl}/graphql?query=${encodeURIComponent('mutation { createChangeSet(input: {title: "x y z", reason: "x y z"}) { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([400, 405]).toContain(get.status);
    const sets = await ok<{ changeSets: { nodes: { title: string }[] } }>(reviewer, `query { changeSets(first: 100) { nodes { title } } }`);
    expect(sets.changeSets.nodes.map((node) => node.title)).not.toContain('Anonymous');
  });

  it('refuses a signed-in mutation without the CSRF token', async () => {
    const { status, body } = await postGraphQLAs(server.baseUrl, editor, `mutation { createChangeSet(input: {title: "No token", reason: "No token here"}) { id } }`, {}, { csrfToken: null });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF' });
  });
});

describe('bad changes', () => {
  it('refuses a name missing a language with a field error, and writes nothing to the draft', async () => {
    const id = await draft(editor, 'Bad name');
    const { body } = await as(editor, RENAME, { cs: id, input: { basis: { entityId: 'kdd', baseVersion: await versionOf('kdd'), reason: 'Missing languages', sourceIds: ['src-kdd-historikk'] }, from: '2027-01-01', name: { nb: 'Nytt departement' } } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const set = await ok<{ changeSet: { changes: unknown[] } }>(editor, `query($id: ID!) { changeSet(id: $id) { changes { id } } }`, { id });
    expect(set.changeSet.changes).toEqual([]);
  });

  it('adds a new source that a later change in the same draft cites, and refuses an id already in use', async () => {
    const id = await draft(editor, 'New source');
    const add = `mutation($cs: ID!, $input: AddSourceInput!) { addSource(changeSetId: $cs, input: $input) { operation entityId } }`;
    const taken = await as(editor, add, { cs: id, input: { id: 'src-l5', title: 'Taken', publisher: 'Someone', url: 'https://example.org/', reason: 'An id in use' } });
    expect(taken.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    await ok(editor, add, { cs: id, input: { id: 'src-test-ny-side', title: 'Ny side', publisher: 'Husbanken', url: 'https://www.husbanken.no/', confidence: 'OFFICIAL', reason: 'Ny side om bostøtte' } });
    const twice = await as(editor, add, { cs: id, input: { id: 'src-test-ny-side', title: 'Ny side', publisher: 'Husbanken', url: 'https://www.husbanken.no/', reason: 'Twice' } });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const cited = await ok<{ updateFacts: { sourceIds: string[] } }>(editor, UPDATE_FACTS, { cs: id, basis: { entityId: 'kdd', baseVersion: await versionOf('kdd'), reason: 'Cites the new source', sourceIds: ['src-test-ny-side'] }, facts: { abbreviation: 'KDD' } });
    expect(cited.updateFacts.sourceIds).toEqual(['src-test-ny-side']);
  });

  it('refuses a change without a source, and one citing a source that does not exist', async () => {
    const id = await draft(editor, 'No source');
    const none = await as(editor, UPDATE_FACTS, { cs: id, basis: { entityId: 'kdd', baseVersion: await versionOf('kdd'), reason: 'No source given', sourceIds: [] }, facts: { abbreviation: 'KDD' } });
    expect(none.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceIds' });
    const missing = await as(editor, UPDATE_FACTS, { cs: id, basis: { entityId: 'kdd', baseVersion: await versionOf('kdd'), reason: 'Made-up source', sourceIds: ['src-nope'] }, facts: { abbreviation: 'KDD' } });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceIds' });
  });
});

describe('a responsibility moved and an instrument ended, as caseworkers see them', () => {
  let beforePublish: string;

  it('moves a decision to another actor from a date and ends an instrument, in one publication', async () => {
    const id = await draft(editor, 'Bostøtte');
    const base = await versionOf('bostotte');
    const basis = { entityId: 'bostotte', baseVersion: base, reason: 'Vedtak om ny ordning (test)', sourceIds: ['src-b1'] };
    await ok(editor, `mutation($cs: ID!, $input: MoveResponsibilityInput!) { moveResponsibility(changeSetId: $cs, input: $input) { id } }`, {
      cs: id,
      input: { basis, responsibility: 'DECIDED_BY', fromActorId: 'husbanken', toActorId: 'kommune', from: '2027-01-01' },
    });
    await ok(editor, `mutation($cs: ID!, $input: EndEntityInput!) { endEntity(changeSetId: $cs, input: $input) { id } }`, { cs: id, input: { basis, lastDay: '2027-12-31' } });
    await submit(editor, id);
    beforePublish = new Date().toISOString();
    expect((await publish(reviewer, id)).body.data?.publishChangeSet.status).toBe('PUBLISHED');
  });

  it('reads who decides at a date, as published now and as known before', async () => {
    const query = `query($asOf: Date, $knownAt: DateTime) { instrument(slug: "bostotte", asOf: $asOf, knownAt: $knownAt) { decidedBy { id } inForce } }`;
    const read = async (asOf: string, knownAt?: string) => (await postGraphQL<{ instrument: { decidedBy: { id: string }[]; inForce: boolean } }>(server.baseUrl, query, { asOf, ...(knownAt ? { knownAt } : {}) })).body.data?.instrument;
    expect(await read('2026-06-01')).toEqual({ decidedBy: [{ id: 'husbanken' }], inForce: true });
    expect(await read('2027-06-01')).toEqual({ decidedBy: [{ id: 'kommune' }], inForce: true });
    expect(await read('2027-06-01', beforePublish)).toEqual({ decidedBy: [{ id: 'husbanken' }], inForce: true });
    expect((await read('2028-06-01'))?.inForce).toBe(false);
  });

  it('answers "what could this household get then, and what did we tell caseworkers" in one query', async () => {
    const query = `query($asOf: Date, $knownAt: DateTime) { situation(input: { adults: 1, children: 0, housing: RENTING_PRIVATE, goals: [LOWER_HOUSING_COSTS] }, asOf: $asOf, knownAt: $knownAt) { assessments { instrumentId } } }`;
    const ids = async (asOf: string, knownAt?: string) => (await postGraphQL<{ situation: { assessments: { instrumentId: string }[] } }>(server.baseUrl, query, { asOf, ...(knownAt ? { knownAt } : {}) })).body.data?.situation.assessments.map((a) => a.instrumentId) ?? [];
    expect(await ids('2028-03-01')).not.toContain('bostotte');
    expect(await ids('2028-03-01', beforePublish)).toContain('bostotte');
    expect(await ids('2027-03-01')).toContain('bostotte');
  });
});

describe('a seed import after edits', () => {
  it('files its differences as a change set for review and overwrites nothing', async () => {
    const report = await runSeed(server.db, SEED_DIR);
    expect(report.filedForReview).toBe(true);
    expect(report.revision).toBeNull();
    expect((await nameAt('husbanken', '2027-06-01'))?.name).toBe('Den norske husbanken');
    const filed = await ok<{ changeSet: { kind: string; status: string; changes: { entityId: string; operation: string; fields: { record: string; field: string; before: string | null; after: string | null }[] }[] } }>(reviewer, `query($id: ID!) { changeSet(id: $id) { kind status changes { entityId operation fields { record field before after } } } }`, { id: report.changeSetId });
    expect(filed.changeSet).toMatchObject({ kind: 'SEED_IMPORT', status: 'SUBMITTED' });
    const fields = filed.changeSet.changes.flatMap((change) => change.fields);
    expect(fields).toContainEqual({ record: 'husbanken', field: 'name_nb', before: '"Den norske husbanken"', after: '"Husbanken"' });
  });
});
