/**
 * `graphView`, the explorer's view over time, against the real seeded graph: expanding adds an
 * entity's neighbours and nothing else; relationships of every date come with their dates, so
 * IMDi's moves between ministries and KDD's earlier names are in one answer; at any date the view
 * holds what `neighbourhood` holds; bad arguments are refused with a field.
 */
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Edge { id: string; type: string; source: string; target: string; validFrom: string | null; validTo: string | null }
interface ViewNode { entity: { id: string; type: string; name: string; validFrom: string | null; validTo: string | null }; names: { name: string; validFrom: string | null; validTo: string | null }[]; currentName: string }
interface View { focus: { id: string }; nodes: ViewNode[]; edges: Edge[]; opened: string[]; missing: string[]; capped: boolean; totalNodes: number; limit: number }

const VIEW = `query ($focus: ID!, $expanded: [ID!], $added: [ID!], $depth: Int, $limit: Int, $asOf: Date, $lang: Lang) {
  graphView(focus: $focus, expanded: $expanded, added: $added, depth: $depth, limit: $limit, asOf: $asOf, lang: $lang) {
    focus { id }
    nodes { entity { id type name validFrom validTo } names { name validFrom validTo } currentName }
    edges { id type source target validFrom validTo }
    opened missing capped totalNodes limit
  }
}`;

async function view(variables: Record<string, unknown>): Promise<View> {
  const data = await queryData<{ graphView: View | null }>(baseUrl, VIEW, variables);
  if (!data.graphView) throw new Error('no view');
  return data.graphView;
}

const ids = (answer: View) => answer.nodes.map((node) => node.entity.id);
const inForce = (item: { validFrom: string | null; validTo: string | null }, day: string) => (item.validFrom === null || item.validFrom <= day) && (item.validTo === null || item.validTo >= day);

/** The ids an entity reaches in one step over the view's relationships in force at `day`. */
function neighboursAt(answer: View, id: string, day: string): Set<string> {
  const reached = new Set<string>();
  for (const edge of answer.edges) {
    if (edge.type !== 'REPLACED_BY' && !inForce(edge, day)) continue;
    if (edge.source === id) reached.add(edge.target);
    if (edge.target === id) reached.add(edge.source);
  }
  return reached;
}

describe('graphView', () => {
  it('holds IMDi’s moves between ministries, each relationship with its dates', async () => {
    const answer = await view({ focus: 'imdi' });
    expect(answer.focus.id).toBe('imdi');
    expect(ids(answer)[0]).toBe('imdi');
    const ministries = answer.edges.filter((edge) => edge.source === 'imdi' && edge.type === 'ANSWERS_TO');
    expect(ministries.map((edge) => [edge.target, edge.validFrom, edge.validTo])).toEqual(
      expect.arrayContaining([['bfd', null, '2015-12-15'], ['jd', '2015-12-16', '2019-05-02'], ['kd', '2019-05-03', '2021-12-31'], ['aid', '2022-01-01', null]]),
    );
    expect(neighboursAt(answer, 'imdi', '2014-06-01').has('bfd')).toBe(true);
    expect(neighboursAt(answer, 'imdi', '2014-06-01').has('aid')).toBe(false);
    expect(neighboursAt(answer, 'imdi', '2023-06-01').has('aid')).toBe(true);
    expect(neighboursAt(answer, 'imdi', '2023-06-01').has('bfd')).toBe(false);
  });

  it('gives the name spans that name KDD as KRD before 2014 and KMD until 2021, in the language asked for', async () => {
    const answer = await view({ focus: 'kdd', lang: 'EN' });
    const kdd = answer.nodes.find((node) => node.entity.id === 'kdd');
    expect(kdd?.currentName).toBe('Ministry of Local Government and Regional Development');
    expect(kdd?.names).toEqual([
      { name: 'Ministry of Local Government and Regional Development', validFrom: null, validTo: '2013-12-31' },
      { name: 'Ministry of Local Government and Modernisation', validFrom: '2014-01-01', validTo: '2021-12-31' },
    ]);
    const nb = await view({ focus: 'kdd', asOf: '2016-01-01' });
    expect(nb.nodes[0]?.entity.name).toBe('Kommunal- og moderniseringsdepartementet');
    expect(nb.nodes[0]?.currentName).toBe('Kommunal- og distriktsdepartementet');
  });

  it('at a date, shows what neighbourhood shows there', async () => {
    const answer = await view({ focus: 'startlan' });
    for (const day of ['2016-01-01', '2026-06-01']) {
      const expected = await queryData<{ neighbourhood: { nodes: { id: string }[] } }>(baseUrl, `query ($asOf: Date) { neighbourhood(id: "startlan", asOf: $asOf, limit: 300) { nodes { id } } }`, { asOf: day });
      const shown = new Set(['startlan', ...neighboursAt(answer, 'startlan', day)]);
      expect([...shown].sort()).toEqual(expected.neighbourhood.nodes.map((node) => node.id).sort());
    }
  });

  it('expanding a node adds its neighbours and keeps the focus’s; collapsing is asking without it', async () => {
    const base = await view({ focus: 'startlan' });
    const expanded = await view({ focus: 'startlan', expanded: ['husbanken'] });
    expect(base.opened).toEqual(['startlan']);
    expect(expanded.opened).toEqual(['startlan', 'husbanken']);
    const husbanken = await view({ focus: 'husbanken' });
    const expectedIds = new Set([...ids(base), ...ids(husbanken)]);
    expect(new Set(ids(expanded))).toEqual(expectedIds);
    expect(expanded.nodes.length).toBeGreaterThan(base.nodes.length);
    // Every relationship among the nodes kept is there, and only those.
    const kept = new Set(ids(expanded));
    expect(expanded.edges.every((edge) => kept.has(edge.source) && kept.has(edge.target))).toBe(true);
    expect(expanded.edges.length).toBeGreaterThan(base.edges.length);
  });

  it('adds a searched entity without opening it, reports a stale id as missing, and depth 2 opens the focus’s neighbours', async () => {
    const added = await view({ focus: 'startlan', added: ['bostotte', 'no-such-entity'] });
    expect(ids(added)).toContain('bostotte');
    expect(added.opened).toEqual(['startlan']);
    expect(added.missing).toEqual(['no-such-entity']);
    const deep = await view({ focus: 'startlan', depth: 2, limit: 300 });
    const first = await view({ focus: 'startlan' });
    expect(new Set(deep.opened)).toEqual(new Set(ids(first)));
  });

  it('caps at the limit and says so', async () => {
    const answer = await view({ focus: 'husbanken', depth: 2, limit: 20 });
    expect(answer.nodes).toHaveLength(20);
    expect(answer.capped).toBe(true);
    expect(answer.totalNodes).toBeGreaterThan(20);
    expect(answer.edges.every((edge) => ids(answer).includes(edge.source) && ids(answer).includes(edge.target))).toBe(true);
  });

  it('finds paths only through entities in force at the date: not through a strategy that has ended', async () => {
    const PATHS = 'query ($asOf: Date) { paths(from: "husbanken", to: "barnefamilier", first: 5, asOf: $asOf) { nodes { id validFrom validTo } } }';
    const inForce = (node: { validFrom: string | null; validTo: string | null }, day: string) => (node.validFrom === null || node.validFrom <= day) && (node.validTo === null || node.validTo >= day);
    for (const day of ['2017-06-01', '2026-06-01']) {
      const { paths } = await queryData<{ paths: { nodes: { id: string; validFrom: string | null; validTo: string | null }[] }[] }>(baseUrl, PATHS, { asOf: day });
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(path.nodes.slice(1, -1).filter((node) => !inForce(node, day)).map((node) => node.id)).toEqual([]);
      const viaStrategy = paths.some((path) => path.nodes.some((node) => node.id === 'bolig-for-velferd'));
      expect(viaStrategy).toBe(day === '2017-06-01');
    }
  });

  it('answers null for an unknown focus', async () => {
    expect((await queryData<{ graphView: null }>(baseUrl, VIEW, { focus: 'no-such-entity' })).graphView).toBeNull();
  });

  it.each([
    [{ focus: 'startlan', depth: 3 }, 'depth'],
    [{ focus: 'startlan', limit: 301 }, 'limit'],
    [{ focus: 'startlan', expanded: Array.from({ length: 51 }, (_, i) => `x${i}`) }, 'expanded'],
  ])('refuses %j with BAD_USER_INPUT on the field', async (variables, field) => {
    const { body } = await postGraphQL(baseUrl, VIEW, variables);
    expect(body.data?.graphView ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.message).not.toMatch(/MATCH|Cypher|at .*\.ts/);
  });
});
