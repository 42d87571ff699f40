import { describe, expect, it } from 'vitest';
import { evaluateSituation } from './evaluate.ts';
import { fixtureSet, household } from './test-fixtures.ts';
import type { Assessment, SituationInput, SituationResult } from './types.ts';

const TODAY = '2024-06-01';

function statusOf(result: SituationResult, id: string): Assessment['status'] | undefined {
  return result.assessments.find((assessment) => assessment.instrumentId === id)?.status;
}

describe('the five examples, over fixture data', () => {
  it('1. a family renting, refused by the bank, wanting to buy: startlån with the establishment grant', () => {
    const input: SituationInput = household({ adults: 2, children: 2, annualHouseholdIncome: 420000, goals: ['BUY_HOME'], bankLoanRefused: true, canServiceLoan: true });
    const result = evaluateSituation(fixtureSet, input, TODAY, 'NB');
    expect(['LIKELY', 'POSSIBLE']).toContain(statusOf(result, 'startlan'));
    const plan = result.combinations.find((combination) => combination.instrumentIds.includes('startlan'));
    expect(plan?.instrumentIds).toEqual(expect.arrayContaining(['startlan', 'tilskudd-etablering']));
  });

  it('2. a single adult renting with everything unknown: bostøtte POSSIBLE, and the income is asked for', () => {
    const result = evaluateSituation(fixtureSet, household({ goals: ['LOWER_HOUSING_COSTS'] }), TODAY, 'NB');
    expect(statusOf(result, 'bostotte')).toBe('POSSIBLE');
    const income = result.openQuestions.find((question) => question.field === 'annualHouseholdIncome');
    expect(income?.question).toBe('Hva er husstandens samlede bruttoinntekt per år?');
    expect(income?.instrumentIds).toContain('bostotte');
  });

  it('3. a nursing-home resident is not the target of bostøtte', () => {
    const result = evaluateSituation(fixtureSet, household({ housing: 'INSTITUTION', applicantAge: 85, goals: ['LOWER_HOUSING_COSTS'] }), TODAY, 'EN');
    expect(statusOf(result, 'bostotte')).toBe('UNLIKELY');
    const bostotte = result.assessments.find((assessment) => assessment.instrumentId === 'bostotte');
    expect(bostotte?.criteria.find((criterion) => criterion.criterionId === 'bostotte-not-institution')?.explanation).toBe(
      'Residents of institutions charging income-based fees do not get housing allowance',
    );
  });

  it('4. a homeless adult without income: temporary accommodation, and no startlån when the loan cannot be serviced', () => {
    const input = household({ housing: 'HOMELESS', annualHouseholdIncome: 0, applicantAge: 30, canServiceLoan: false, goals: ['RENT_HOME', 'BUY_HOME'] });
    const result = evaluateSituation(fixtureSet, input, TODAY, 'NB');
    expect(['LIKELY', 'POSSIBLE']).toContain(statusOf(result, 'midlertidig-botilbud'));
    expect(statusOf(result, 'startlan')).toBe('UNLIKELY');
    expect(result.assessments.find((assessment) => assessment.instrumentId === 'startlan')?.whyNot[0]?.text).toBe('Husstanden må kunne betale renter og avdrag over tid');
  });
  // 5. (adults 0, children 0 → BAD_USER_INPUT) is validation: validate-input.test.ts and situation.service.test.ts.
});

describe('as of a date', () => {
  const careLeaver = household({ applicantAge: 24, leavingChildWelfare: true, goals: ['RENT_HOME'] });

  it('applies the ettervern age limit in force: under 23 in 2020, under 25 from 2021', () => {
    const in2020 = evaluateSituation(fixtureSet, careLeaver, '2020-06-01', 'NB');
    const in2024 = evaluateSituation(fixtureSet, careLeaver, TODAY, 'NB');
    expect(statusOf(in2020, 'ettervern')).toBe('UNLIKELY');
    expect(statusOf(in2024, 'ettervern')).toBe('LIKELY');
    const criteriaIn = (result: SituationResult) => result.assessments.find((assessment) => assessment.instrumentId === 'ettervern')?.criteria.map((criterion) => criterion.criterionId);
    expect(criteriaIn(in2020)).toEqual(['ettervern-child-welfare', 'ettervern-age-under-23']);
    expect(criteriaIn(in2024)).toEqual(['ettervern-child-welfare', 'ettervern-age-under-25']);
    expect(in2020.assessments.find((assessment) => assessment.instrumentId === 'ettervern')?.whyNot[0]?.text).toBe('Søkerens alder må være under 23 år (nå 24 år)');
  });

  it('applies the boundary days inclusively', () => {
    expect(statusOf(evaluateSituation(fixtureSet, careLeaver, '2020-12-31', 'NB'), 'ettervern')).toBe('UNLIKELY');
    expect(statusOf(evaluateSituation(fixtureSet, careLeaver, '2021-01-01', 'NB'), 'ettervern')).toBe('LIKELY');
  });

  it('ignores relations no longer in force', () => {
    const result = evaluateSituation(fixtureSet, household({ housing: 'HOMELESS', applicantAge: 19, leavingChildWelfare: true }), TODAY, 'NB');
    expect(result.combinations.flatMap((combination) => combination.relationIds)).not.toContain('c-expired');
    expect(result.asOf).toBe(TODAY);
  });
});

describe('the result', () => {
  const result = evaluateSituation(fixtureSet, household({ adults: 2, children: 1, applicantAge: 40, annualHouseholdIncome: 300000, goals: ['LOWER_HOUSING_COSTS'], student: false, conscript: false }), TODAY, 'NB');

  it('has one assessment per candidate, LIKELY first, then POSSIBLE, then UNLIKELY', () => {
    expect(result.assessments).toHaveLength(fixtureSet.instruments.length);
    const ranks = result.assessments.map((assessment) => ['LIKELY', 'POSSIBLE', 'UNLIKELY'].indexOf(assessment.status));
    expect(ranks).toEqual([...ranks].sort());
    expect(result.assessments[0]).toMatchObject({ instrumentId: 'bostotte', status: 'LIKELY' });
  });

  it('combines only instruments that are not UNLIKELY', () => {
    const unlikely = new Set(result.assessments.filter((assessment) => assessment.status === 'UNLIKELY').map((assessment) => assessment.instrumentId));
    for (const combination of result.combinations) for (const id of combination.instrumentIds) expect(unlikely.has(id)).toBe(false);
    expect(result.combinations[0]?.instrumentIds.slice(0, 1)).toEqual(['bostotte']);
  });

  it('asks only questions whose answers would change a status, never about a LIKELY instrument', () => {
    const likely = new Set(result.assessments.filter((assessment) => assessment.status === 'LIKELY').map((assessment) => assessment.instrumentId));
    expect(result.openQuestions.find((question) => question.field === 'municipalityNumber')?.instrumentIds).toEqual(['kommunal-bostotte']);
    for (const question of result.openQuestions) for (const id of question.instrumentIds) expect(likely.has(id)).toBe(false);
    expect(result.openQuestions.map((question) => question.field)).not.toContain('annualHouseholdIncome');
  });

  it('does not ask about goals: they order and group the answer, they never change a status', () => {
    const noGoals = evaluateSituation(fixtureSet, household({ applicantAge: 30 }), TODAY, 'NN');
    expect(noGoals.openQuestions.map((question) => question.field)).not.toContain('goals');
    const withGoals = evaluateSituation(fixtureSet, household({ applicantAge: 30, goals: ['BUY_HOME'] }), TODAY, 'NN');
    const statuses = (result: SituationResult) => Object.fromEntries(result.assessments.map((item) => [item.instrumentId, item.status]));
    expect(statuses(withGoals)).toEqual(statuses(noGoals));
  });

  it('puts what the household asked for first within a status', () => {
    const result = evaluateSituation(fixtureSet, household({ applicantAge: 30, goals: ['BUY_HOME'] }), TODAY, 'NB');
    for (const status of ['LIKELY', 'POSSIBLE', 'UNLIKELY'] as const) {
      const relevance = result.assessments.filter((item) => item.status === status).map((item) => item.relevance);
      expect(relevance).toEqual([...relevance].sort((a, b) => ['ASKED', 'INDICATED', 'OTHER'].indexOf(a) - ['ASKED', 'INDICATED', 'OTHER'].indexOf(b)));
    }
  });

  it('does not depend on the order of the candidates', () => {
    const reversed = { instruments: [...fixtureSet.instruments].reverse(), relations: [...fixtureSet.relations].reverse() };
    const input = household({ goals: ['LOWER_HOUSING_COSTS', 'BUY_HOME'] });
    const a = evaluateSituation(fixtureSet, input, TODAY, 'EN');
    const b = evaluateSituation(reversed, input, TODAY, 'EN');
    expect(b.assessments.map((item) => item.instrumentId)).toEqual(a.assessments.map((item) => item.instrumentId));
    expect(b.combinations.map((item) => item.instrumentIds)).toEqual(a.combinations.map((item) => item.instrumentIds));
  });
});
