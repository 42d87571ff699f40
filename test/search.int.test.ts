/**
 * Search as people type it (issue 16): everyday words and phrases in three languages find the
 * instrument they mean, each hit says why, facets count the hits and narrow them, a date hides
 * what had ended, and hostile text is refused or harmless. Against the seed graph.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../server/src/neo4j/database.ts';
import { applySchema } from '../server/src/seed/apply-schema.ts';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Hit {
  entity: { id: string; type: string };
  matchedIn: string;
  matchedTerm: string;
  matchedLang: string | null;
  missingWords: string[];
}
interface Counted {
  count: number;
}
interface Results {
  hits: Hit[];
  totalCount: number;
  partial: boolean;
  searchedWords: string[];
  facets: { types: (Counted & { value: string })[]; ministries: (Counted & { entity: { id: string } })[]; targetGroups: (Counted & { entity: { id: string } })[] };
}

const RESULTS = `query ($text: String!, $lang: Lang, $asOf: Date, $types: [EntityType!], $ministries: [ID!], $targetGroups: [ID!], $first: Int) {
  searchResults(text: $text, lang: $lang, asOf: $asOf, types: $types, ministries: $ministries, targetGroups: $targetGroups, first: $first) {
    hits { entity { id type } matchedIn matchedTerm matchedLang missingWords }
    totalCount partial searchedWords
    facets { types { value count } ministries { entity { id } count } targetGroups { entity { id } count } }
  }
}`;

async function searchResults(text: string, variables: Record<string, unknown> = {}): Promise<Results> {
  const data = await queryData<{ searchResults: Results }>(baseUrl, RESULTS, { text, first: 50, ...variables });
  return data.searchResults;
}

describe('search understands everyday words', () => {
  it.each([
    ['husleie', 'NB', 'husleie'],
    ['hjelp til husleie', 'NB', 'husleie'],
    ['Hjelp til husleige', 'NN', 'husleige'],
    ['help with rent', 'EN', 'rent'],
    ['husliee', 'NB', 'husleie'],
  ])('"%s" (%s) finds bostøtte first, through its search term', async (text, lang, term) => {
    const { hits } = await searchResults(text, { lang });
    expect(hits[0]).toMatchObject({ entity: { id: 'bostotte' }, matchedIn: 'SEARCH_TERM', matchedTerm: term, missingWords: [] });
  });

  it.each([
    ['depositum', 'depositumsgaranti'],
    ['kjøpe bolig', 'startlan'],
    ['gjeld', 'okonomisk-radgivning'],
    ['fylkesmannen', 'statsforvalteren'],
    ['bustøtte', 'bostotte'],
    ['KMD', 'kdd'],
  ])('"%s" finds %s first', async (text, expected) => {
    const { hits } = await searchResults(text);
    expect(hits[0]?.entity.id).toBe(expected);
  });

  it('leaves the framing words out and says which words it searched for', async () => {
    expect((await searchResults('Hjelp til husleie')).searchedWords).toEqual(['husleie']);
  });

  it('the plain search field understands the same phrases', async () => {
    const data = await queryData<{ search: Hit[] }>(baseUrl, '{ search(text: "hjelp til husleie") { entity { id type } matchedIn matchedTerm matchedLang missingWords } }');
    expect(data.search[0]).toMatchObject({ entity: { id: 'bostotte' }, matchedIn: 'SEARCH_TERM', matchedTerm: 'husleie', matchedLang: 'NB' });
  });

  it('shows the best partial hits, with the word they miss, when nothing matches every word', async () => {
    const result = await searchResults('husleie qwxzyv');
    expect(result.partial).toBe(true);
    expect(result.hits[0]).toMatchObject({ entity: { id: 'bostotte' }, missingWords: ['qwxzyv'] });
    expect((await searchResults('husleie')).partial).toBe(false);
  });
});

describe('search facets', () => {
  it('count the hits: types add up to the total, and each value filtered gives its count', async () => {
    const all = await searchResults('bolig');
    expect(all.totalCount).toBeGreaterThan(10);
    expect(all.facets.types.reduce((sum, { count }) => sum + count, 0)).toBe(all.totalCount);
    for (const { value, count } of all.facets.types) {
      const narrowed = await searchResults('bolig', { types: [value] });
      expect(narrowed.totalCount, value).toBe(count);
      expect(narrowed.hits.every((hit) => hit.entity.type === value)).toBe(true);
    }
    const [ministry] = all.facets.ministries;
    const [group] = all.facets.targetGroups;
    expect(ministry && group).toBeTruthy();
    expect((await searchResults('bolig', { ministries: [ministry?.entity.id] })).totalCount).toBe(ministry?.count);
    expect((await searchResults('bolig', { targetGroups: [group?.entity.id] })).totalCount).toBe(group?.count);
  });

  it('narrow across facets and leave a facet counting with the others applied', async () => {
    const instruments = await searchResults('bolig', { types: ['INSTRUMENT'] });
    const withKdd = await searchResults('bolig', { types: ['INSTRUMENT'], ministries: ['kdd'] });
    expect(withKdd.totalCount).toBeGreaterThan(0);
    expect(withKdd.totalCount).toBeLessThan(instruments.totalCount);
    expect(withKdd.facets.ministries.find((m) => m.entity.id === 'kdd')?.count).toBe(withKdd.totalCount);
    expect(instruments.facets.types.length).toBeGreaterThan(1);
  });

  it('give bostøtte its ministry through Husbanken and its target groups', async () => {
    const result = await searchResults('husleie', { types: ['INSTRUMENT'] });
    expect(result.facets.ministries.map((m) => m.entity.id)).toContain('kdd');
    expect(result.facets.targetGroups.map((g) => g.entity.id)).toContain('lavinntekt-hoye-boutgifter');
  });
});

describe('search at a date', () => {
  it('finds an ended instrument by its search term only at a date it was in force', async () => {
    const ids = async (asOf: string) => (await searchResults('kompetansemidler', { asOf })).hits.map((hit) => hit.entity.id);
    expect(await ids('2015-06-01')).toContain('kompetansetilskudd-boligsosialt');
    expect(await ids('2025-06-01')).not.toContain('kompetansetilskudd-boligsosialt');
  });
});

describe('hostile search text', () => {
  it('cannot change the query: Lucene syntax is read as words', async () => {
    const result = await searchResults('husbanken) OR *:* AND -(');
    expect(result.searchedWords).toEqual(['husbanken']);
    expect(result.hits[0]?.entity.id).toBe('husbanken');
    expect(await searchResults('*:* ~ ^ [ ] " \\')).toMatchObject({ hits: [], totalCount: 0 });
  });

  it.each([
    ['text', { text: 'a'.repeat(201) }],
    ['first', { text: 'bolig', first: 51 }],
    ['ministries', { text: 'bolig', ministries: Array.from({ length: 21 }, (_, i) => `m${i}`) }],
  ])('refuses too much %s as the client\'s mistake', async (field, variables) => {
    const { status, body } = await postGraphQL(baseUrl, RESULTS, { first: 20, ...variables });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(body)).not.toMatch(/cypher|lucene|stack/i);
  });
});

describe('the search index in a graph made before search terms', () => {
  const settings = inject('scratchNeo4j');
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
  afterAll(() => driver.close());

  it('is replaced by one that reads search terms when the schema is applied', async () => {
    await driver.executeQuery('DROP INDEX entity_text_v2 IF EXISTS');
    await driver.executeQuery(
      "CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Actor|Instrument) ON EACH [n.name_nb, n.description_nb] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
    );
    const db = Database.connect(settings);
    try {
      await applySchema(db);
    } finally {
      await db.close();
    }
    const { records } = await driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, properties, state RETURN name, properties, state');
    const indexes = records.map((record) => ({ name: record.get('name') as string, properties: record.get('properties') as string[], state: record.get('state') as string }));
    expect(indexes.map((index) => index.name)).not.toContain('entity_text');
    expect(indexes.find((index) => index.name === 'entity_text_v2')).toMatchObject({ state: 'ONLINE', properties: expect.arrayContaining(['searchTerms_nb', 'searchTerms_nn', 'searchTerms_en']) });
  });
});
