import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Summary {
  id: string;
  name: string;
  type: string;
}

describe('entities', () => {
  it('looks an instrument up by slug, with actors, target groups, goals, legal basis, criteria and sources', async () => {
    const data = await queryData<{ instrument: Record<string, unknown> & { sources: { url: string; compiledOn: string }[]; criteria: { id: string }[] } }>(
      baseUrl,
      `{ instrument(slug: "startlan") { id slug name kinds supplySide decidedBy { id } administeredBy { id } fundedBy { id }
         targetGroups { id } goals { id } legalBases { id } criteria { id required checkable } sources { url compiledOn } } }`,
    );
    const startlan = data.instrument;
    expect(startlan).toMatchObject({ id: 'startlan', slug: 'startlan', name: 'Startlån', kinds: ['LOAN'], supplySide: false });
    expect(startlan.decidedBy).toContainEqual({ id: 'kommune' });
    expect(startlan.administeredBy).toContainEqual({ id: 'husbanken' });
    for (const field of ['targetGroups', 'goals', 'legalBases', 'criteria', 'sources']) expect((startlan[field] as unknown[]).length).toBeGreaterThan(0);
    for (const source of startlan.sources) {
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.compiledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('answers null for an unknown slug and id', async () => {
    const data = await queryData(baseUrl, '{ instrument(slug: "no-such-thing") { id } node(id: "no-such-thing") { id } }');
    expect(data).toEqual({ instrument: null, node: null });
  });

  it('finds every kind of entity with node(id:)', async () => {
    const data = await queryData<Record<string, { __typename: string } | null>>(
      baseUrl,
      `{ a: node(id: "husbanken") { __typename } b: node(id: "startlan") { __typename } c: node(id: "bolig-for-velferd") { __typename }
         d: node(id: "bustottelova") { __typename } e: node(id: "ettervern-age-under-25") { __typename } }`,
    );
    expect(Object.values(data).map((node) => node?.__typename)).toEqual(['Actor', 'Instrument', 'Strategy', 'LegalBasis', 'Criterion']);
  });

  it('follows relationships both ways: an agency\'s instruments and a goal\'s instruments', async () => {
    const data = await queryData<{ node: { instruments: { type: string; direction: string; entity: Summary }[] } }>(
      baseUrl,
      '{ node(id: "husbanken") { ... on Actor { instruments { type direction entity { id type } } } } }',
    );
    expect(data.node.instruments.length).toBeGreaterThan(0);
    expect(data.node.instruments.every((link) => link.direction === 'IN' && link.entity.type === 'INSTRUMENT')).toBe(true);
    expect(data.node.instruments.map((link) => link.entity.id)).toContain('bostotte');
  });

  it('lists related instruments with the relation type, rationale and sources', async () => {
    const data = await queryData<{ instrument: { relatedInstruments: { type: string; relationId: string | null; rationale: string | null; sources: unknown[] }[] } }>(
      baseUrl,
      '{ instrument(slug: "bostotte") { relatedInstruments { type direction relationId rationale sources { id } entity { id } } } }',
    );
    const typed = data.instrument.relatedInstruments.filter((link) => link.type !== 'REPLACED_BY');
    expect(typed.length).toBeGreaterThan(0);
    for (const link of typed) {
      expect(link.relationId).toBeTruthy();
      expect(link.rationale).toBeTruthy();
      expect(link.sources.length).toBeGreaterThan(0);
    }
  });
});

describe('as of a date', () => {
  it('gives the name in force then: KMD in 2019, KDD in 2024', async () => {
    const query = 'query ($asOf: Date) { node(id: "kdd", asOf: $asOf) { ... on Actor { name abbreviation nameHistory { abbreviation validFrom validTo } } } }';
    const in2019 = await queryData<{ node: { name: string; abbreviation: string } }>(baseUrl, query, { asOf: '2019-06-01' });
    const in2024 = await queryData<{ node: { name: string; abbreviation: string } }>(baseUrl, query, { asOf: '2024-06-01' });
    expect(in2019.node).toMatchObject({ name: 'Kommunal- og moderniseringsdepartementet', abbreviation: 'KMD' });
    expect(in2024.node).toMatchObject({ name: 'Kommunal- og distriktsdepartementet', abbreviation: 'KDD' });
  });

  it('lists an ended instrument only while it was in force, and links its successor', async () => {
    const { node } = await queryData<{ node: { validTo: string; replacedBy: Summary[] } }>(baseUrl, '{ node(id: "kompetansetilskudd-boligsosialt") { ... on Instrument { validTo replacedBy { id } } } }');
    expect(node.validTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(node.replacedBy.map((s) => s.id)).toContain('tilskudd-boligtiltak');
    const lastDay = node.validTo;
    const dayAfter = new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const list = 'query ($asOf: Date) { instruments(first: 100, asOf: $asOf, filter: { supplySide: true }) { nodes { id } } }';
    const before = await queryData<{ instruments: { nodes: { id: string }[] } }>(baseUrl, list, { asOf: lastDay });
    const after = await queryData<{ instruments: { nodes: { id: string }[] } }>(baseUrl, list, { asOf: dayAfter });
    expect(before.instruments.nodes.map((n) => n.id)).toContain('kompetansetilskudd-boligsosialt');
    expect(after.instruments.nodes.map((n) => n.id)).not.toContain('kompetansetilskudd-boligsosialt');
    const ended = await queryData<{ node: { inForce: boolean } }>(baseUrl, 'query ($asOf: Date) { node(id: "kompetansetilskudd-boligsosialt", asOf: $asOf) { ... on Instrument { inForce } } }', { asOf: dayAfter });
    expect(ended.node.inForce).toBe(false);
  });

  it('applies criteria in force at the date: the care-leaver age limit was under 23 before 2021 and under 25 from then', async () => {
    const query = 'query ($asOf: Date) { instrument(slug: "ettervern", asOf: $asOf) { criteria { id } } }';
    const in2020 = await queryData<{ instrument: { criteria: { id: string }[] } }>(baseUrl, query, { asOf: '2020-06-01' });
    const in2024 = await queryData<{ instrument: { criteria: { id: string }[] } }>(baseUrl, query, { asOf: '2024-06-01' });
    expect(in2020.instrument.criteria.map((c) => c.id)).toContain('ettervern-age-under-23');
    expect(in2020.instrument.criteria.map((c) => c.id)).not.toContain('ettervern-age-under-25');
    expect(in2024.instrument.criteria.map((c) => c.id)).toContain('ettervern-age-under-25');
    expect(in2024.instrument.criteria.map((c) => c.id)).not.toContain('ettervern-age-under-23');
  });

  it('refuses a date that does not exist', async () => {
    const { status, body } = await postGraphQL(baseUrl, '{ instrument(slug: "startlan", asOf: "2024-02-30") { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('languages', () => {
  it('answers in bokmål, nynorsk and English', async () => {
    const query = 'query ($lang: Lang) { instrument(slug: "bostotte", lang: $lang) { name } }';
    const names = await Promise.all(['NB', 'NN', 'EN'].map((lang) => queryData<{ instrument: { name: string } }>(baseUrl, query, { lang })));
    expect(names.map((n) => n.instrument.name)).toEqual(['Bostøtte', 'Bustøtte', expect.stringMatching(/housing allowance/i)]);
  });

  it('answers every instrument in nynorsk without falling back to bokmål', async () => {
    const { instruments } = await queryData<{ instruments: { nodes: { id: string; description: string | null; howToApply: string | null; missingTranslations: string[] }[] } }>(
      baseUrl,
      '{ instruments(first: 100, lang: NN, filter: { inForce: null }) { nodes { id description howToApply missingTranslations } } }',
    );
    expect(instruments.nodes.length).toBeGreaterThan(20);
    expect(instruments.nodes.filter((n) => n.missingTranslations.includes('description') || n.missingTranslations.includes('howToApply')).map((n) => n.id)).toEqual([]);
    const { node } = await queryData<{ node: { description: string } }>(baseUrl, '{ node(id: "bostotte", lang: NB) { ... on Instrument { description } } }');
    expect(instruments.nodes.find((n) => n.id === 'bostotte')?.description).not.toBe(node.description);
  });
});

describe('lists', () => {
  it('pages through every instrument without gaps or duplicates', async () => {
    const all = await queryData<{ instruments: { totalCount: number; nodes: { id: string }[] } }>(baseUrl, '{ instruments(first: 100, filter: { inForce: null }) { totalCount nodes { id } } }');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const data: { instruments: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await queryData(
        baseUrl,
        'query ($after: String) { instruments(first: 7, after: $after, filter: { inForce: null }) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...data.instruments.nodes.map((n) => n.id));
      if (!data.instruments.pageInfo.hasNextPage) break;
      after = data.instruments.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.instruments.nodes.map((n) => n.id));
    expect(new Set(seen).size).toBe(all.instruments.totalCount);
    expect(all.instruments.totalCount).toBeGreaterThanOrEqual(31);
  });

  it('filters by kind, actor, target group, goal and strategy', async () => {
    const data = await queryData<Record<string, { nodes: { id: string }[] }>>(
      baseUrl,
      `{ loans: instruments(filter: { kind: LOAN }) { nodes { id } }
         husbanken: instruments(filter: { actor: "husbanken" }, first: 50) { nodes { id } }
         homeless: instruments(filter: { targetGroup: "bostedslose" }, first: 50) { nodes { id } }
         household: instruments(filter: { supplySide: false }, first: 100) { nodes { id } } }`,
    );
    expect(data.loans?.nodes.map((n) => n.id)).toContain('startlan');
    expect(data.loans?.nodes.map((n) => n.id)).not.toContain('bostotte');
    expect(data.husbanken?.nodes.map((n) => n.id)).toContain('bostotte');
    expect(data.homeless?.nodes.length).toBeGreaterThan(0);
    expect(data.household?.nodes.map((n) => n.id)).not.toContain('investeringstilskudd');
  });

  it('caps the page size at 100', async () => {
    const { status, body } = await postGraphQL(baseUrl, '{ instruments(first: 101) { nodes { id } } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('search', () => {
  it.each([
    ['bostøtte', 'bostotte'],
    ['bustøtte', 'bostotte'],
    ['startlan', 'startlan'],
    ['husbanken', 'husbanken'],
    ['KMD', 'kdd'],
  ])('ranks the expected entity first for "%s"', async (text, expected) => {
    const data = await queryData<{ search: { entity: Summary }[] }>(baseUrl, 'query ($text: String!) { search(text: $text) { score entity { id type } } }', { text });
    expect(data.search[0]?.entity.id).toBe(expected);
  });

  it('tolerates a typo and narrows by type', async () => {
    const data = await queryData<{ search: { entity: Summary }[] }>(baseUrl, '{ search(text: "bostote", types: [INSTRUMENT]) { entity { id type } } }');
    expect(data.search.map((hit) => hit.entity.id)).toContain('bostotte');
    expect(data.search.every((hit) => hit.entity.type === 'INSTRUMENT')).toBe(true);
  });
});

describe('graph and analytics', () => {
  it('returns a neighbourhood with typed edges between returned nodes, and says when it was capped', async () => {
    const data = await queryData<{ neighbourhood: { capped: boolean; totalNodes: number; nodes: Summary[]; edges: { source: string; target: string; type: string }[] } }>(
      baseUrl,
      '{ neighbourhood(id: "bostotte", depth: 2, limit: 8) { capped totalNodes limit nodes { id type } edges { source target type } } }',
    );
    const { neighbourhood } = data;
    expect(neighbourhood.nodes).toHaveLength(8);
    expect(neighbourhood.capped).toBe(true);
    expect(neighbourhood.totalNodes).toBeGreaterThan(8);
    const ids = new Set(neighbourhood.nodes.map((n) => n.id));
    expect(neighbourhood.edges.length).toBeGreaterThan(0);
    expect(neighbourhood.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const full = await queryData<{ neighbourhood: { capped: boolean; nodes: Summary[] } }>(baseUrl, '{ neighbourhood(id: "bostotte", depth: 1, limit: 300) { capped nodes { id } } }');
    expect(full.neighbourhood.capped).toBe(false);
  });

  it('refuses a depth above 2', async () => {
    const { body } = await postGraphQL(baseUrl, '{ neighbourhood(id: "bostotte", depth: 3) { capped } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });

  it('shows how a ministry reaches a target group', async () => {
    const data = await queryData<{ paths: { length: number; nodes: Summary[]; edges: { type: string }[] }[] }>(baseUrl, '{ paths(from: "kdd", to: "bostedslose") { length nodes { id type } edges { type } } }');
    expect(data.paths.length).toBeGreaterThan(0);
    for (const path of data.paths) {
      expect(path.nodes[0]?.id).toBe('kdd');
      expect(path.nodes.at(-1)?.id).toBe('bostedslose');
      expect(path.edges).toHaveLength(path.length);
    }
    expect(data.paths.map((path) => path.length)).toEqual([...data.paths.map((path) => path.length)].sort((a, b) => a - b));
    expect(data.paths.some((path) => path.nodes.some((n) => n.type === 'INSTRUMENT'))).toBe(true);
  });

  it('reports coverage gaps and counts at a date', async () => {
    const data = await queryData<{ coverage: { instrumentsPerActor: { entity: Summary; count: number }[]; instrumentsPerGoal: { count: number }[] } }>(
      baseUrl,
      '{ coverage(asOf: "2024-06-01") { asOf uncoveredTargetGroups { id } uncoveredGoals { id } instrumentsWithoutGoal { id } instrumentsPerActor { entity { id } count } instrumentsPerGoal { count } instrumentsPerTargetGroup { count } } }',
    );
    const perActor = data.coverage.instrumentsPerActor;
    expect(perActor.find((row) => row.entity.id === 'husbanken')?.count).toBeGreaterThan(0);
    expect(perActor.map((row) => row.count)).toEqual([...perActor.map((row) => row.count)].sort((a, b) => b - a));
  });

  it('reports the data version', async () => {
    const data = await queryData<{ dataVersion: { checksum: string; nodeCount: number; sourceCount: number; lastCompiled: string } }>(baseUrl, '{ dataVersion { checksum nodeCount sourceCount lastCompiled unverifiedCount } }');
    expect(data.dataVersion.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(data.dataVersion.sourceCount).toBeGreaterThan(10);
  });
});
