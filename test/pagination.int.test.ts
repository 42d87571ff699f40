import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

const LISTS = ['instruments', 'legalBases', 'actors'] as const;
const ORDERS = ['NAME', 'ID', 'VALID_FROM'] as const;
const LANGS = ['NB', 'NN', 'EN'] as const;
const PAGE_SIZES = [3, 5] as const;

type List = (typeof LISTS)[number];
interface Connection {
  totalCount: number;
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function page(list: List, orderBy: string, lang: string, first: number, after: string | null): Promise<Connection> {
  const query = `query ($orderBy: EntityOrder, $lang: Lang, $first: Int, $after: String) {
    list: ${list}(orderBy: $orderBy, lang: $lang, first: $first, after: $after, filter: { inForce: null }) {
      totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
  const data = await queryData<{ list: Connection }>(baseUrl, query, { orderBy, lang, first, after });
  return data.list;
}

/** Follows endCursor until the last page; more pages than items means the cursor went round in a loop. */
async function pageThrough(list: List, orderBy: string, lang: string, first: number, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages <= limit; pages++) {
    const current: Connection = await page(list, orderBy, lang, first, after);
    seen.push(...current.nodes.map((node) => node.id));
    if (!current.pageInfo.hasNextPage) return seen;
    after = current.pageInfo.endCursor;
  }
  throw new Error(`${list} ordered by ${orderBy} never reached its last page`);
}

const cases = LISTS.flatMap((list) => ORDERS.flatMap((orderBy) => LANGS.flatMap((lang) => PAGE_SIZES.map((first) => ({ list, orderBy, lang, first })))));

describe('keyset pagination', () => {
  it('is tested on tied sort values: many instruments share their first day in force', async () => {
    const { instruments } = await queryData<{ instruments: { nodes: { validFrom: string | null }[] } }>(
      baseUrl,
      '{ instruments(orderBy: VALID_FROM, first: 100, filter: { inForce: null }) { nodes { validFrom } } }',
    );
    const days = new Set(instruments.nodes.map((node) => node.validFrom ?? ''));
    expect(days.size).toBeLessThan(instruments.nodes.length / 2);
  });

  it.each(cases)('visits every item of $list exactly once, in the unpaged order, ordered by $orderBy in $lang with pages of $first', async ({ list, orderBy, lang, first }) => {
    const all = await page(list, orderBy, lang, 100, null);
    expect(all.pageInfo.hasNextPage).toBe(false);
    expect(all.nodes).toHaveLength(all.totalCount);
    const paged = await pageThrough(list, orderBy, lang, first, all.totalCount);
    expect(paged).toEqual(all.nodes.map((node) => node.id));
  });
});

describe('pages at the edges', () => {
  it('counts zero for a filter nothing matches, and answers an empty page', async () => {
    const { instruments } = await queryData<{ instruments: Connection }>(baseUrl, '{ instruments(filter: { targetGroup: "no-such-group" }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }');
    expect(instruments).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('still counts every match on a page past the last one', async () => {
    const all = await page('actors', 'NAME', 'NB', 100, null);
    const last = await page('actors', 'NAME', 'NB', all.totalCount, null);
    const beyond = await page('actors', 'NAME', 'NB', 5, last.pageInfo.endCursor);
    expect(beyond).toEqual({ totalCount: all.totalCount, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor from another order or another list', async () => {
    const byName = await page('actors', 'NAME', 'NB', 2, null);
    for (const [list, orderBy] of [['actors', 'ID'], ['legalBases', 'NAME']] as const) {
      const { body } = await postGraphQL(baseUrl, `query ($after: String) { list: ${list}(orderBy: ${orderBy}, after: $after) { nodes { id } } }`, { after: byName.pageInfo.endCursor });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
