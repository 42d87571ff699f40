/**
 * The ministry view against the real seeded graph: which instruments are a ministry's and why,
 * grouped by administering actor, the target groups they reach, and the errors for bad ids.
 */
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Reason {
  role: string;
  via: { id: string } | null;
  chain: string[];
}
interface Instrument {
  instrument: { id: string };
  fundedByMinistry: boolean;
  reasons: Reason[];
  targetGroups: { id: string }[];
}
interface Reach {
  targetGroup: { id: string };
  reach: string;
  instrumentCount: number;
  reachedSubgroups: { id: string }[];
}
interface Overview {
  ministry: { id: string; name: string };
  instruments: Instrument[];
  byAdministrator: { administrator: { id: string } | null; instruments: { instrument: { id: string } }[] }[];
  targetGroups: Reach[];
  goals: { entity: { id: string }; count: number }[];
  priorities: { strategy: { id: string }; targetGroups: Reach[] }[];
}

const OVERVIEW = `query ($id: ID!, $asOf: Date) { ministryOverview(id: $id, asOf: $asOf) {
  ministry { id name }
  instruments { instrument { id } fundedByMinistry reasons { role via { id } chain } targetGroups { id } }
  byAdministrator { administrator { id } instruments { instrument { id } } }
  targetGroups { targetGroup { id } reach instrumentCount reachedSubgroups { id } }
  goals { entity { id } count }
  priorities { strategy { id } targetGroups { targetGroup { id } reach instrumentCount reachedSubgroups { id } } }
} }`;

async function overview(id: string, asOf: string): Promise<Overview> {
  return (await queryData<{ ministryOverview: Overview }>(baseUrl, OVERVIEW, { id, asOf })).ministryOverview;
}

const find = (result: Overview, id: string) => result.instruments.find((entry) => entry.instrument.id === id);

describe('ministryOverview', () => {
  it('KDD funds startlån and bostøtte, which Husbanken, answering to KDD, administers', async () => {
    const kdd = await overview('kdd', '2025-06-01');
    expect(kdd.ministry).toEqual({ id: 'kdd', name: 'Kommunal- og distriktsdepartementet' });
    for (const id of ['startlan', 'bostotte']) {
      const entry = find(kdd, id);
      expect(entry?.fundedByMinistry).toBe(true);
      expect(entry?.reasons[0]).toEqual({ role: 'FUNDED_BY', via: null, chain: [] });
      expect(entry?.reasons).toContainEqual({ role: 'ADMINISTERED_BY', via: { id: 'husbanken' }, chain: ['ANSWERS_TO'] });
    }
    const husbanken = kdd.byAdministrator.find((group) => group.administrator?.id === 'husbanken');
    expect(husbanken?.instruments.map((entry) => entry.instrument.id)).toEqual(expect.arrayContaining(['startlan', 'bostotte']));
    expect(find(kdd, 'sosialhjelp-boutgifter')).toBeUndefined();
  });

  it('follows the date: tilskudd til etablering is KDD’s in 2019, the municipalities’ from 2020', async () => {
    const [before, after] = await Promise.all([overview('kdd', '2019-06-01'), overview('kdd', '2025-06-01')]);
    expect(find(before, 'tilskudd-etablering')?.fundedByMinistry).toBe(true);
    expect(find(after, 'tilskudd-etablering')).toBeUndefined();
  });

  it('says when an instrument is the ministry’s only through an agency, and through which', async () => {
    // IMDi answered to KD from 3 May 2019 to 2021; KD funded neither instrument IMDi administers.
    const kd = await overview('kd', '2020-06-01');
    const integration = find(kd, 'integreringstilskudd');
    expect(integration?.fundedByMinistry).toBe(false);
    expect(integration?.reasons.every((reason) => reason.via?.id === 'imdi' && reason.chain[0] === 'ANSWERS_TO')).toBe(true);
    // Two steps: NAV Hjelpemiddelsentral is part of the directorate, which answers to AID.
    const aid = await overview('aid', '2025-06-01');
    expect(find(aid, 'nav-tilskudd-i-stedet-for-heis')?.reasons).toContainEqual({ role: 'ADMINISTERED_BY', via: { id: 'nav-hjelpemiddelsentral' }, chain: ['PART_OF', 'ANSWERS_TO'] });
  });

  it('finds the prioritised groups a ministry reaches only through a subgroup, or not at all', async () => {
    const bfd = await overview('bfd', '2022-06-01');
    const strategy = bfd.priorities.find((entry) => entry.strategy.id === 'alle-trenger-et-trygt-hjem');
    const reach = Object.fromEntries((strategy?.targetGroups ?? []).map((group) => [group.targetGroup.id, group]));
    // Ettervern targets unge fra barnevern, a subgroup of unge.
    expect(reach.unge).toMatchObject({ reach: 'SUBGROUP_ONLY', instrumentCount: 0, reachedSubgroups: [{ id: 'unge-fra-barnevern' }] });
    expect(reach.barnefamilier).toMatchObject({ reach: 'NONE', instrumentCount: 0 });
    const all = Object.fromEntries(bfd.targetGroups.map((group) => [group.targetGroup.id, group.reach]));
    expect(all['unge-fra-barnevern']).toBe('DIRECT');
  });

  it('counts goals over its instruments, most first', async () => {
    const kdd = await overview('kdd', '2025-06-01');
    const counts = kdd.goals.map((goal) => goal.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const served = new Set(kdd.instruments.flatMap((entry) => entry.targetGroups.map((group) => group.id)));
    for (const group of kdd.targetGroups) expect(group.reach === 'DIRECT').toBe(served.has(group.targetGroup.id));
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for an entity that is not a ministry', async () => {
    const unknown = await postGraphQL(baseUrl, OVERVIEW, { id: 'no-such-ministry' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const id of ['husbanken', 'startlan']) {
      const wrong = await postGraphQL(baseUrl, OVERVIEW, { id });
      expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('ministries', () => {
  it('lists the ministries in force at the date', async () => {
    const query = 'query ($asOf: Date) { ministries(asOf: $asOf) { id kind } }';
    const [now, before] = await Promise.all([
      queryData<{ ministries: { id: string; kind: string }[] }>(baseUrl, query, { asOf: '2025-06-01' }),
      queryData<{ ministries: { id: string; kind: string }[] }>(baseUrl, query, { asOf: '2020-06-01' }),
    ]);
    expect(now.ministries.map((m) => m.id)).toEqual(expect.arrayContaining(['kdd', 'aid', 'bfd', 'hod', 'jd', 'dfd']));
    expect(now.ministries.every((m) => m.kind === 'ministry')).toBe(true);
    expect(before.ministries.map((m) => m.id)).not.toContain('dfd');
  });
});
