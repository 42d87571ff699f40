import { readFile } from 'node:fs/promises';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

const SITUATION = `query ($input: SituationInput!, $asOf: Date, $lang: Lang) {
  situation(input: $input, asOf: $asOf, lang: $lang) {
    asOf
    assessments { status instrument { slug name } criteria { criterionId outcome explanation sourceIds } whyNot { text } toCheck { text } }
    combinations { instruments { slug } rationale relationIds sourceIds steps { position instrument { slug } owners { name role } } }
    openQuestions { field question }
  }
}`;

interface Result {
  situation: {
    asOf: string;
    assessments: { status: string; instrument: { slug: string; name: string }; criteria: { criterionId: string | null; outcome: string; explanation: string; sourceIds: string[] }[]; whyNot: { text: string }[] }[];
    combinations: { instruments: { slug: string }[]; rationale: string; relationIds: string[]; sourceIds: string[]; steps: { instrument: { slug: string }; owners: { name: string }[] }[] }[];
    openQuestions: { field: string; question: string }[];
  };
}

const assess = (input: Record<string, unknown>, extra: Record<string, unknown> = {}) => queryData<Result>(baseUrl, SITUATION, { input, ...extra });
const statusOf = (result: Result, slug: string) => result.situation.assessments.find((a) => a.instrument.slug === slug)?.status;

describe('situation', () => {
  it('1. a family of four renting, wanting to buy, refused by the bank, able to service a loan: startlån possible and a combination', async () => {
    const result = await assess({ adults: 2, children: 2, annualHouseholdIncome: 420000, housing: 'RENTING_PRIVATE', goals: ['BUY_HOME'], bankLoanRefused: true, canServiceLoan: true });
    // Every tested criterion is met or unknown (the age is not given), and startlån rests on the
    // municipality's judgement of long-term financing problems (a discretionary criterion): the
    // best it can be is POSSIBLE.
    expect(statusOf(result, 'startlan')).toBe('POSSIBLE');
    const withStartlan = result.situation.combinations.filter((c) => c.instruments.some((i) => i.slug === 'startlan'));
    expect(withStartlan.some((c) => c.instruments.some((i) => ['tilskudd-etablering', 'bostotte'].includes(i.slug)))).toBe(true);
    for (const combination of result.situation.combinations) {
      expect(combination.rationale.length).toBeGreaterThan(0);
      expect(combination.sourceIds.length).toBeGreaterThan(0);
      expect(combination.steps.every((step) => step.owners.length > 0)).toBe(true);
    }
  });

  it('2. a single adult renting, everything else unknown, wanting lower costs: bostøtte possible and the income asked for', async () => {
    const result = await assess({ adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] });
    expect(statusOf(result, 'bostotte')).toBe('POSSIBLE');
    expect(result.situation.openQuestions.map((q) => q.field)).toContain('annualHouseholdIncome');
  });

  it('3. a nursing-home resident paying income-based fees is not the target of bostøtte', async () => {
    const result = await assess({ adults: 1, children: 0, applicantAge: 84, housing: 'INSTITUTION', goals: ['LOWER_HOUSING_COSTS'] });
    expect(statusOf(result, 'bostotte')).toBe('UNLIKELY');
    const bostotte = result.situation.assessments.find((a) => a.instrument.slug === 'bostotte');
    expect(bostotte?.whyNot.length).toBeGreaterThan(0);
  });

  it('4. a homeless adult without income: temporary accommodation likely, not startlån when a loan cannot be serviced', async () => {
    const result = await assess({ adults: 1, children: 0, annualHouseholdIncome: 0, housing: 'HOMELESS', goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'], canServiceLoan: false });
    // The goal matches and "nowhere to stay" is met; the residence limit has no test (the caseworker
    // checks it) and nothing rests on discretion, so it is LIKELY.
    expect(statusOf(result, 'midlertidig-botilbud')).toBe('LIKELY');
    expect(statusOf(result, 'startlan')).toBe('UNLIKELY');
  });

  it('5. a household with no persons is refused with BAD_USER_INPUT naming the field', async () => {
    const { status, body } = await postGraphQL(baseUrl, SITUATION, { input: { adults: 0, children: 0, housing: 'OWNER', goals: [] } });
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(['adults', 'children']).toContain(body.errors?.[0]?.extensions?.field);
  });

  it.each([
    [{ adults: -1, children: 2 }, 'adults'],
    [{ adults: 1, children: 0, applicantAge: 130 }, 'applicantAge'],
    [{ adults: 1, children: 0, municipalityNumber: '99999' }, 'municipalityNumber'],
  ])('refuses %o with BAD_USER_INPUT on %s', async (partial, field) => {
    const { body } = await postGraphQL(baseUrl, SITUATION, { input: { housing: 'OWNER', goals: [], ...partial } });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('orders assessments LIKELY, then POSSIBLE, then UNLIKELY, and explains every criterion with sources', async () => {
    const result = await assess({ adults: 1, children: 1, applicantAge: 30, annualHouseholdIncome: 250000, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS', 'BUY_HOME'] });
    const rank = { LIKELY: 0, POSSIBLE: 1, UNLIKELY: 2 } as Record<string, number>;
    const ranks = result.situation.assessments.map((a) => rank[a.status] ?? 9);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const assessment of result.situation.assessments) {
      for (const criterion of assessment.criteria) {
        expect(criterion.explanation.length).toBeGreaterThan(5);
        if (criterion.criterionId) expect(criterion.sourceIds.length).toBeGreaterThan(0);
      }
    }
  });

  it('applies the care-leaver age limit in force: a 24-year-old is too old for ettervern in 2020 and likely in 2024', async () => {
    const input = { adults: 1, children: 0, applicantAge: 24, housing: 'TEMPORARY_ACCOMMODATION', goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'], leavingChildWelfare: true };
    const in2020 = await assess(input, { asOf: '2020-06-01' });
    const in2024 = await assess(input, { asOf: '2024-06-01' });
    // 2020: the limit was under 23, a required criterion not met. 2024: under 25 is met, the child-
    // welfare measure is met, consent has no test (the caseworker checks it), no discretion: LIKELY.
    expect(statusOf(in2020, 'ettervern')).toBe('UNLIKELY');
    expect(statusOf(in2024, 'ettervern')).toBe('LIKELY');
  });

  it('answers in English when asked', async () => {
    const result = await assess({ adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] }, { lang: 'EN' });
    expect(result.situation.assessments.find((a) => a.instrument.slug === 'bostotte')?.instrument.name).toMatch(/housing allowance/i);
    expect(result.situation.openQuestions[0]?.question).toMatch(/[a-z]/);
  });
});

describe('privacy', () => {
  it('neither logs nor stores a situation: a marker value appears nowhere in the log or the database', async () => {
    const marker = 7_351_946;
    const result = await assess({ adults: 3, children: 1, annualHouseholdIncome: marker, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] });
    expect(result.situation.assessments.length).toBeGreaterThan(0);
    const log = await readFile(inject('serverLogFile'), 'utf8');
    expect(log).toContain('"path":"/graphql"');
    expect(log).not.toContain(String(marker));
    const settings = inject('mainNeo4j');
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
    try {
      const { records } = await driver.executeQuery(
        `MATCH (n) WHERE any(key IN keys(n) WHERE any(item IN CASE WHEN valueType(n[key]) STARTS WITH 'LIST' THEN n[key] ELSE [n[key]] END
         WHERE toString(item) CONTAINS $marker)) RETURN count(n) AS nodes`,
        { marker: String(marker) },
        { routing: 'READ' },
      );
      expect(records[0]?.get('nodes').toNumber()).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
