/**
 * The rules an expert review of the content found broken (issue 11), one test per kind of error,
 * each asserting what a caseworker or analyst depends on. The seeds are loaded and built in memory
 * exactly as the import does; situation answers come from the real engine over that graph
 * (test/support/seed-candidates.ts), so a wrong criterion, table or relation turns a test red.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../server/src/seed/build-graph.ts';
import { loadSeeds, type LoadedSeeds } from '../server/src/seed/load-seeds.ts';
import { evaluateSituation } from '../server/src/modules/situation/engine/evaluate.ts';
import type { AssessmentStatus, CandidateSet, CriterionOutcome, SituationInput } from '../server/src/modules/situation/engine/types.ts';
import { candidatesFromSeedGraph } from './support/seed-candidates.ts';
import { RELATION_TYPES } from '../server/src/vocabulary/index.ts';

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
/** Inside the 2017 income-limit table's period. */
const IN_TABLE = '2018-06-01';
/** After the newest table: the engine's documented rule for later dates applies. */
const TODAY = '2026-12-01';

let seeds: LoadedSeeds;
let candidates: CandidateSet;
beforeAll(async () => {
  seeds = await loadSeeds(SEED_DIR);
  expect(seeds.problems).toEqual([]);
  candidates = candidatesFromSeedGraph(seeds.graph);
});

const node = (id: string): GraphNode => {
  const found = seeds.graph.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const nodes = (label: string): GraphNode[] => seeds.graph.nodes.filter((n) => n.label === label);
const rels = (type: string, from?: string, to?: string): GraphRelationship[] =>
  seeds.graph.relationships.filter((r) => r.type === type && (from === undefined || r.from === from) && (to === undefined || r.to === to));
const text = (props: Record<string, unknown>, field: string, lang = 'nb'): string => String(props[`${field}_${lang}`] ?? '');
const where = (n: GraphNode): string => `${n.id} (${n.at.file}:${n.at.line})`;

function answer(input: Partial<SituationInput>, asOf = TODAY) {
  return evaluateSituation(candidates, { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: [], ...input }, asOf, 'NB');
}
function statusOf(instrumentId: string, input: Partial<SituationInput>, asOf = TODAY): AssessmentStatus {
  const found = answer(input, asOf).assessments.find((a) => a.instrumentId === instrumentId);
  if (!found) throw new Error(`${instrumentId} is not a candidate at ${asOf}`);
  return found.status;
}
function outcomeOf(criterionId: string, input: Partial<SituationInput>, asOf = TODAY): CriterionOutcome {
  for (const assessment of answer(input, asOf).assessments) {
    const result = assessment.criteria.find((c) => c.criterionId === criterionId);
    if (result) return result.outcome;
  }
  throw new Error(`criterion ${criterionId} was not assessed at ${asOf}`);
}
function explanationOf(criterionId: string, input: Partial<SituationInput>, asOf = TODAY): string {
  for (const assessment of answer(input, asOf).assessments) {
    const result = assessment.criteria.find((c) => c.criterionId === criterionId);
    if (result) return result.explanation;
  }
  throw new Error(`criterion ${criterionId} was not assessed`);
}

describe('bostøtte income limits (Husbanken, from 1 June 2017)', () => {
  it('holds the whole table: 1–10 persons in four municipality groups, dated', () => {
    const table = node('bostotte-inntektsgrenser-2017');
    expect(table.props.validFrom).toBe('2017-06-01');
    expect(table.props.unit).toBe('NOK_PER_MONTH');
    const groups = rels('GROUP_OF', undefined, table.id).map((r) => node(r.from));
    expect(groups).toHaveLength(4);
    for (const group of groups) expect((group.props.values as number[]).length).toBe(10);
    const values = (id: string): number[] => node(id).props.values as number[];
    expect(values('bostotte-2017-kommunegruppe-1')[0]).toBe(19586);
    expect(values('bostotte-2017-kommunegruppe-4').slice(2, 4)).toEqual([22862, 25691]);
    expect(values('bostotte-2017-kommunegruppe-4')[5]).toBe(30580);
    expect(values('bostotte-2017-kommunegruppe-4')[9]).toBe(38735);
    expect(node('bostotte-2017-kommunegruppe-1').props.municipalityNumbers).toEqual(['0301']);
  });

  it('is a required criterion: above the limit there is no bostøtte whatever the housing costs', () => {
    expect(node('bostotte-income-limit').props.required).toBe(true);
    const threePersonsAbove = { adults: 2, children: 1, municipalityNumber: '1804', annualHouseholdIncome: 280000 };
    expect(outcomeOf('bostotte-income-limit', threePersonsAbove, IN_TABLE)).toBe('NOT_MET');
    expect(statusOf('bostotte', threePersonsAbove, IN_TABLE)).toBe('UNLIKELY');
    expect(outcomeOf('bostotte-income-limit', { ...threePersonsAbove, annualHouseholdIncome: 274000 }, IN_TABLE)).toBe('MET');
  });

  it('uses the household size for 3, 4 and 6 persons rather than the 5-person limit', () => {
    const group4 = { municipalityNumber: '1804' };
    expect(outcomeOf('bostotte-income-limit', { ...group4, adults: 2, children: 2, annualHouseholdIncome: 308292 }, IN_TABLE)).toBe('MET');
    expect(outcomeOf('bostotte-income-limit', { ...group4, adults: 2, children: 2, annualHouseholdIncome: 308293 }, IN_TABLE)).toBe('NOT_MET');
    expect(outcomeOf('bostotte-income-limit', { ...group4, adults: 2, children: 4, annualHouseholdIncome: 366961 }, IN_TABLE)).toBe('NOT_MET');
  });

  it('chooses the group from the kommunenummer, and is undecided between groups without one', () => {
    expect(outcomeOf('bostotte-income-limit', { municipalityNumber: '0301', annualHouseholdIncome: 235032 }, IN_TABLE)).toBe('MET');
    expect(outcomeOf('bostotte-income-limit', { municipalityNumber: '1804', annualHouseholdIncome: 235032 }, IN_TABLE)).toBe('NOT_MET');
    expect(outcomeOf('bostotte-income-limit', { annualHouseholdIncome: 220000 }, IN_TABLE)).toBe('UNKNOWN');
    expect(explanationOf('bostotte-income-limit', { annualHouseholdIncome: 220000 }, IN_TABLE)).toContain('kommunegruppe');
  });

  it('after the newest table: under the last limit is under, far above is over, near it is open with the calculator', () => {
    expect(outcomeOf('bostotte-income-limit', { municipalityNumber: '1804', annualHouseholdIncome: 200000 })).toBe('MET');
    expect(outcomeOf('bostotte-income-limit', { municipalityNumber: '1804', annualHouseholdIncome: 600000 })).toBe('NOT_MET');
    expect(outcomeOf('bostotte-income-limit', { municipalityNumber: '1804', annualHouseholdIncome: 260000 })).toBe('UNKNOWN');
    const explanation = explanationOf('bostotte-income-limit', { municipalityNumber: '1804', annualHouseholdIncome: 260000 });
    expect(explanation).toContain('hevet siden');
    expect(explanation).toContain('husbanken.no');
  });
});

describe('criteria that read the housing situation', () => {
  it('bostøtte: no own housing costs when homeless; unknown when staying with others or in temporary accommodation', () => {
    expect(outcomeOf('bostotte-lives-and-pays', { housing: 'HOMELESS' })).toBe('NOT_MET');
    expect(outcomeOf('bostotte-lives-and-pays', { housing: 'LIVING_WITH_OTHERS' })).toBe('UNKNOWN');
    expect(outcomeOf('bostotte-lives-and-pays', { housing: 'TEMPORARY_ACCOMMODATION' })).toBe('UNKNOWN');
    expect(outcomeOf('bostotte-lives-and-pays', { housing: 'RENTING_PRIVATE' })).toBe('MET');
  });

  it('midlertidig botilbud: staying with friends is not by itself an acute need', () => {
    expect(statusOf('midlertidig-botilbud', { housing: 'LIVING_WITH_OTHERS', applicantAge: 30 })).not.toBe('LIKELY');
    expect(statusOf('midlertidig-botilbud', { housing: 'TEMPORARY_ACCOMMODATION', applicantAge: 30 })).not.toBe('LIKELY');
    expect(statusOf('midlertidig-botilbud', { housing: 'RENTING_PRIVATE', applicantAge: 30 })).toBe('UNLIKELY');
  });

  it('bostøtte in prison: ruled out, but not as an institution with income-based fees (prison is not one)', () => {
    expect(statusOf('bostotte', { leavingPrison: true, housing: 'INSTITUTION' })).toBe('UNLIKELY');
    const institution = node('bostotte-not-institution');
    expect(`${text(institution.props, 'text')} ${text(institution.props, 'note')}`).not.toMatch(/fengsel|soning|prison/i);
  });
});

describe('statutory rules stated as what they are', () => {
  it('the activity requirement for under-30s is sosialtjenesteloven § 20 a: a condition of the decision, not an eligibility bar', () => {
    const activity = node('sosialhjelp-activity-under-30');
    expect(activity.props.required).toBe(false);
    expect(activity.props.test).toBeNull();
    expect(text(activity.props, 'text')).toMatch(/§ ?20 ?a/);
    expect(activity.props.confidence).not.toBe('municipal');
  });

  it('Housing First can be delivered in a municipal rental dwelling: no exclusion between them', () => {
    expect([...rels('EXCLUDES', 'housing-first', 'kommunal-utleiebolig'), ...rels('EXCLUDES', 'kommunal-utleiebolig', 'housing-first')]).toEqual([]);
    const together = [...rels('COMBINES_WITH', 'housing-first', 'kommunal-utleiebolig'), ...rels('COMBINES_WITH', 'kommunal-utleiebolig', 'housing-first')];
    expect(together.length).toBeGreaterThan(0);
    expect(text(together[0]!.props, 'rationale')).toMatch(/rus|behandling/i);
  });

  it('bostøtte: the application deadline is the 25th and payment the 20th of the month after', () => {
    const bostotte = node('bostotte');
    const said = `${text(bostotte.props, 'description')} ${text(bostotte.props, 'howToApply')}`;
    expect(said).toMatch(/25\./);
    expect(said).not.toMatch(/\b14\./);
  });

  it('the sosialhjelp guideline rates are labelled as the 2024 rates of circular A-3/2023, not as current', () => {
    const sosialhjelp = node('sosialhjelp-boutgifter');
    const rate = /(\d[\d ]*\d) kr i måneden for enslige/.exec(text(sosialhjelp.props, 'description'));
    expect(rate).not.toBeNull();
    expect(text(sosialhjelp.props, 'description')).toMatch(/[Ss]atsene for 2024 \(rundskriv A-3\/2023/);
    expect(sosialhjelp.props.sourceIds).toContain('src-rundskriv-a-3-2023');
  });
});

describe('actors and strategies', () => {
  it('Bolig for velferd: five ministries in all, KMD included', () => {
    const ministries = rels('COMMITTED_BY', 'bolig-for-velferd').map((r) => r.to).sort();
    expect(ministries).toEqual(['aid', 'bfd', 'hod', 'jd', 'kdd']);
    expect(text(node('bolig-for-velferd').props, 'description')).not.toMatch(/KMD og fem/);
  });

  it('Statsforvalteren answers to DFD from 1 January 2024, and to KDD until 31 December 2023', () => {
    const links = rels('ANSWERS_TO', 'statsforvalteren');
    const toKdd = links.find((r) => r.to === 'kdd');
    const toDfd = links.find((r) => r.to === 'dfd');
    expect(toKdd?.props.validTo).toBe('2023-12-31');
    expect(toDfd?.props.validFrom).toBe('2024-01-01');
    expect(node('dfd').props.kind).toBe('ministry');
  });

  it('ministry names have no gaps: BLD from 2010, and the labour ministry has a name in 2012', () => {
    const periods = (owner: string) => rels('HAS_NAME', owner).map((r) => node(r.to));
    const bld = periods('bfd').find((p) => text(p.props, 'name') === 'Barne-, likestillings- og inkluderingsdepartementet');
    expect(bld?.props.validFrom).toBe('2010-01-01');
    const inForce2012 = periods('aid').filter((p) => (p.props.validFrom as string | null) !== null && (p.props.validFrom as string) <= '2012-06-01' && ((p.props.validTo as string | null) ?? '9999') >= '2012-06-01');
    expect(inForce2012.map((p) => text(p.props, 'name'))).toEqual(['Arbeidsdepartementet']);
  });

  it('Meld. St. 13 (2023–2024) has its date and follows on from Alle trenger et trygt hjem', () => {
    expect(node('meld-st-13-2023-2024').props.validFrom).toMatch(/^2024-/);
    expect(rels('FOLLOWS', 'meld-st-13-2023-2024', 'alle-trenger-et-trygt-hjem')).toHaveLength(1);
  });

  it('models the guide, the joint action plans and the municipal programme of Bolig for velferd', () => {
    expect(node('veiviseren').props.kind).toBe('guide');
    expect(rels('PUBLISHED_BY', 'veiviseren', 'husbanken')).toHaveLength(1);
    const plans = nodes('Strategy').filter((s) => s.props.kind === 'action_plan');
    expect(plans.length).toBeGreaterThan(0);
    const agencies = ['arbeids-og-velferdsdirektoratet', 'bufdir', 'helsedirektoratet', 'husbanken', 'imdi', 'kriminalomsorgsdirektoratet'];
    for (const plan of plans) {
      expect(rels('PART_OF', plan.id, 'bolig-for-velferd'), where(plan)).toHaveLength(1);
      expect(rels('COMMITTED_BY', plan.id).map((r) => r.to).sort(), where(plan)).toEqual(agencies);
      expect(plan.props.validFrom, where(plan)).not.toBeNull();
    }
    const programme = node('husbanken-kommuneprogram');
    expect([programme.props.kind, programme.props.validFrom, programme.props.validTo]).toEqual(['programme', '2016-01-01', '2020-12-31']);
    expect(rels('COORDINATED_BY', programme.id, 'husbanken')).toHaveLength(1);
  });

  it('an appeal body is never listed as deciding the case', () => {
    const appealBodies = new Set(nodes('Actor').filter((a) => a.props.kind === 'appeal_body').map((a) => a.id));
    expect(rels('DECIDED_BY').filter((r) => appealBodies.has(r.to)).map((r) => `${r.from} → ${r.to}`)).toEqual([]);
    expect(rels('APPEALS_TO').length).toBeGreaterThan(0);
  });
});

describe('provenance', () => {
  const OFF_OFFICIAL_HOSTS = /(^|\.)(prep|prod)\.statsforvalteren\.no$|^cms\d*\.regjeringen\.no$|askwikinow\.com$|docplayer\.|9pdf\./;

  it('a source on a staging host, mirror or copy site is flagged as such', () => {
    const unflagged = nodes('Source').filter((s) => OFF_OFFICIAL_HOSTS.test(new URL(String(s.props.url)).hostname) && !s.props.urlFlag);
    expect(unflagged.map(where)).toEqual([]);
  });

  it('every source supports at least one fact (no orphans left behind by corrections)', () => {
    const cited = new Set<string>();
    for (const n of seeds.graph.nodes) for (const id of (n.props.sourceIds as string[] | undefined) ?? []) cited.add(id);
    for (const r of seeds.graph.relationships) {
      for (const id of (r.props.sourceIds as string[] | undefined) ?? []) cited.add(id);
      if (r.type === 'SUPPORTED_BY') cited.add(r.to);
    }
    expect(nodes('Source').filter((source) => !cited.has(source.id)).map(where)).toEqual([]);
  });

  it('keeps the compile date and the verification apart, and a verification says against what', () => {
    for (const source of nodes('Source')) {
      expect(source.props.compiledOn, where(source)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (source.props.verifiedOn === null) continue;
      expect(['live_page', 'stored_copy'], where(source)).toContain(source.props.verifiedAgainst);
      if (source.props.verifiedAgainst === 'stored_copy') expect(source.props.verifiedCopy, where(source)).toBeTruthy();
      expect((source.props.verifiedOn as string) >= (source.props.compiledOn as string), `${where(source)} is verified before it was compiled`).toBe(true);
    }
  });

  it('a verified source does not also say it was never re-opened', () => {
    const contradictory = nodes('Source').filter((s) => s.props.verifiedOn !== null && /ikke åpnet på nytt|not re-opened/i.test(`${text(s.props, 'note')} ${text(s.props, 'note', 'en')}`));
    expect(contradictory.map(where)).toEqual([]);
  });

  it('every act and regulation in force with an official reference, and each of its sections, links its Lovdata text', () => {
    const hasReference = (l: GraphNode): boolean => /^(LOV|FOR)-/.test(String(l.props.reference ?? ''));
    const current = (l: GraphNode): boolean => l.props.validTo === null && rels('REPLACED_BY', l.id).length === 0;
    const texts = nodes('LegalBasis').filter((l) => ['act', 'regulation'].includes(String(l.props.kind)) && hasReference(l) && current(l));
    const sections = nodes('LegalBasis').filter((l) => l.props.kind === 'section' && current(l) && rels('PART_OF', l.id).some((r) => texts.some((t) => t.id === r.to)));
    expect(texts.length).toBeGreaterThan(5);
    expect(sections.length).toBeGreaterThan(10);
    const missing = [...texts, ...sections].filter((l) => !/^https:\/\/lovdata\.no\//.test(String(l.props.url ?? '')));
    expect(missing.map(where)).toEqual([]);
    const unanchored = sections.filter((l) => !/§/.test(decodeURI(String(l.props.url))));
    expect(unanchored.map(where)).toEqual([]);
  });
});

describe('nynorsk', () => {
  it('every instrument has its description and how-to-apply text in nynorsk', () => {
    const instruments = nodes('Instrument');
    expect(instruments.filter((i) => text(i.props, 'description') && !text(i.props, 'description', 'nn')).map(where)).toEqual([]);
    expect(instruments.filter((i) => text(i.props, 'howToApply') && !text(i.props, 'howToApply', 'nn')).map(where)).toEqual([]);
  });

  it('every criterion, caseworker detail and limit table reads in nynorsk and English too', () => {
    const parts = seeds.graph.nodes.filter((n) => ['Criterion', 'InstrumentDetail', 'LimitTable', 'MunicipalityGroup'].includes(n.label));
    const fields = ['name', 'text', 'title', 'description', 'whyNot', 'note'];
    const missing = parts.flatMap((n) => fields.filter((f) => text(n.props, f) && (!text(n.props, f, 'nn') || !text(n.props, f, 'en'))).map((f) => `${where(n)} ${f}`));
    expect(missing).toEqual([]);
  });

  it('every plan reason (typed relation rationale) is in nynorsk', () => {
    const typed = seeds.graph.relationships.filter((r) => (RELATION_TYPES as readonly string[]).includes(r.type));
    expect(typed.filter((r) => !text(r.props, 'rationale', 'nn')).map((r) => r.key)).toEqual([]);
  });

  it('uses hushald, never the bokmål husstand, in nynorsk text', () => {
    const fields = ['name', 'description', 'howToApply', 'text', 'whyNot', 'note', 'rationale'];
    const nynorsk = [...seeds.graph.nodes.map((n) => ({ what: where(n), props: n.props })), ...seeds.graph.relationships.map((r) => ({ what: r.key, props: r.props }))];
    const mixed = nynorsk.filter(({ props }) => fields.some((field) => /husstand/i.test(text(props, field, 'nn')))).map(({ what }) => what);
    expect(mixed).toEqual([]);
  });
});

describe('what a caseworker needs per instrument', () => {
  it('names the documents to bring, each sourced, for the five instruments caseworkers ask about most', () => {
    for (const id of ['bostotte', 'startlan', 'tilskudd-etablering', 'depositumsgaranti', 'sosialhjelp-boutgifter']) {
      const documents = rels('HAS_DETAIL', id).map((r) => node(r.to)).filter((d) => d.props.kind === 'document');
      expect(documents.length, id).toBeGreaterThan(0);
      for (const document of documents) expect((document.props.sourceIds as string[]).length, where(document)).toBeGreaterThan(0);
    }
  });

  it('says where to apply for every household-facing instrument that takes applications', () => {
    for (const id of ['bostotte', 'startlan', 'sosialhjelp-boutgifter', 'depositumsgaranti']) expect(rels('APPLIES_TO', id).length, id).toBeGreaterThan(0);
  });
});
