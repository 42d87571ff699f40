/**
 * The households of issue 12's acceptance section, through the real server and database, with the
 * exact statuses an experienced boligkonsulent would sign. Each household is written from the rules
 * (bustøttelova, sosialtjenesteloven, boligsosialloven), not from the engine's output.
 */
import { describe, expect, inject, it } from 'vitest';
import { queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');
const AS_OF = '2026-12-01';

interface Result {
  situation: {
    assessments: { instrumentId: string; status: string; relevance: string; reasons: string[]; discretionary: boolean; criteria: { criterionId: string | null; outcome: string; explanation: string }[] }[];
    notices: { id: string; urgent: boolean; title: string; steps: string[]; contacts: { id: string }[] }[];
    combinations: { instrumentIds: string[] }[];
  };
}

const QUERY = `query Acceptance($input: SituationInput!, $asOf: Date, $lang: Lang) {
  situation(input: $input, asOf: $asOf, lang: $lang) {
    assessments { instrumentId status relevance reasons discretionary criteria { criterionId outcome explanation } }
    notices { id urgent title steps contacts { id } }
    combinations { instrumentIds }
  }
}`;

async function answer(input: Record<string, unknown>, lang = 'NB'): Promise<Result['situation']> {
  const data = await queryData<Result>(baseUrl, QUERY, { input, asOf: AS_OF, lang });
  return data.situation;
}

const statusIn = (result: Result['situation'], id: string): string | undefined => result.assessments.find((a) => a.instrumentId === id)?.status;

describe('a man of 45 leaving prison next month, with debt and no home, who asked only to rent', () => {
  const input = {
    adults: 1,
    children: 0,
    applicantAge: 45,
    housing: 'INSTITUTION',
    institution: 'PRISON',
    leavingPrison: true,
    paymentProblems: true,
    goals: ['RENT_HOME'],
  };

  it('gets the re-entry guarantee and boligsosial bistand as Aktuelt, debt advice as relevant, and no nursing home', async () => {
    const result = await answer(input);
    expect(statusIn(result, 'tilbakeforingsgaranti')).toBe('LIKELY');
    expect(statusIn(result, 'boligsosial-bistand')).toBe('LIKELY');
    expect(['LIKELY', 'POSSIBLE']).toContain(statusIn(result, 'okonomisk-radgivning'));
    expect([undefined, 'UNLIKELY']).toContain(statusIn(result, 'heldogns-omsorg'));
  });

  it('marks debt advice as indicated by the payment problems, though not asked for', async () => {
    const advice = (await answer(input)).assessments.find((a) => a.instrumentId === 'okonomisk-radgivning');
    expect(advice?.relevance).toBe('INDICATED');
    expect(advice?.reasons.length).toBeGreaterThan(0);
  });
});

describe('a single mother with one child, 280 000 kr a year, renting privately with a high rent', () => {
  const input = { adults: 1, children: 1, applicantAge: 34, annualHouseholdIncome: 280000, municipalityNumber: '1804', housing: 'RENTING_PRIVATE', monthlyHousingCosts: 14000, goals: ['RENT_HOME'] };

  it('has bostøtte judged against the limit for two persons in her municipality group, with the year and what it means today', async () => {
    const result = await answer(input);
    const bostotte = result.assessments.find((a) => a.instrumentId === 'bostotte');
    expect(bostotte?.status).not.toBe('UNLIKELY');
    const income = bostotte?.criteria.find((c) => c.criterionId === 'bostotte-income-limit');
    expect(income?.outcome).toBe('UNKNOWN');
    expect(income?.explanation).toMatch(/241\s608/);
    expect(income?.explanation).toContain('2017');
    expect(income?.explanation).toContain('hevet siden');
  });

  it('does not offer Housing First or the re-entry guarantee as possible', async () => {
    const result = await answer(input);
    for (const id of ['housing-first', 'tilbakeforingsgaranti', 'fact-act', 'bosetting-flyktninger']) expect([undefined, 'UNLIKELY'], id).toContain(statusIn(result, id));
  });

  it('groups bostøtte with what she asked for or as indicated, never with the rest', async () => {
    const bostotte = (await answer(input)).assessments.find((a) => a.instrumentId === 'bostotte');
    expect(['ASKED', 'INDICATED']).toContain(bostotte?.relevance);
  });
});

describe('a family of five with an eviction notice who asked to keep their home', () => {
  const input = { adults: 2, children: 3, applicantAge: 41, housing: 'RENTING_PRIVATE', evictionOrArrears: true, goals: ['KEEP_HOME'] };

  it('starts with what to do now: the eviction route and whom to call', async () => {
    const result = await answer(input);
    const urgent = result.notices.filter((notice) => notice.urgent);
    expect(urgent.length).toBe(1);
    expect(urgent[0]?.steps.length).toBeGreaterThan(1);
    expect(urgent[0]?.contacts.map((c) => c.id)).toContain('nav-kontor');
  });

  it('keeps municipal rental housing and temporary accommodation as fallbacks', async () => {
    const result = await answer(input);
    expect(statusIn(result, 'kommunal-utleiebolig')).not.toBe('UNLIKELY');
    expect(statusIn(result, 'midlertidig-botilbud')).not.toBe('UNLIKELY');
  });

  it('shows no urgent notice to a household without one', async () => {
    expect((await answer({ ...input, evictionOrArrears: false })).notices.filter((notice) => notice.urgent)).toEqual([]);
  });
});

describe('a settled refugee couple renting on a low income, without money for a deposit, who asked to rent', () => {
  const input = { adults: 2, children: 0, applicantAge: 29, annualHouseholdIncome: 150000, housing: 'RENTING_PRIVATE', settledRefugee: true, hasDepositMoney: false, goals: ['RENT_HOME'] };

  it('gets the deposit guarantee as Aktuelt or possible, and bostøtte assessed without "lower costs" ticked', async () => {
    const result = await answer(input);
    expect(['LIKELY', 'POSSIBLE']).toContain(statusIn(result, 'depositumsgaranti'));
    expect(statusIn(result, 'bostotte')).not.toBe('UNLIKELY');
  });
});

describe('the status means eligibility', () => {
  it('calls a discretionary instrument Aktuelt when every requirement the facts can test is met, and says so', async () => {
    const result = await answer({ adults: 1, children: 0, applicantAge: 45, housing: 'INSTITUTION', institution: 'PRISON', leavingPrison: true, goals: ['RENT_HOME'] });
    const likelyDiscretionary = result.assessments.filter((a) => a.status === 'LIKELY' && a.discretionary);
    expect(likelyDiscretionary.length).toBeGreaterThan(0);
  });
});
