import { describe, expect, it } from 'vitest';
import { assessInstrument } from './assess.ts';
import { factsOf } from './facts.ts';
import { statusOf } from './status.ts';
import { bostotte, household, midlertidig, sosialhjelp, startlan } from './test-fixtures.ts';
import type { CandidateInstrument } from './types.ts';

describe('statusOf', () => {
  it('is UNLIKELY when a required criterion is not met', () => {
    expect(statusOf([{ outcome: 'MET', required: true }, { outcome: 'NOT_MET', required: true }])).toBe('UNLIKELY');
  });
  it('is LIKELY when every required criterion is met, whatever the criteria that are not required say', () => {
    expect(statusOf([{ outcome: 'MET', required: true }])).toBe('LIKELY');
    expect(statusOf([{ outcome: 'MET', required: true }, { outcome: 'NOT_MET', required: false }, { outcome: 'UNKNOWN', required: false }])).toBe('LIKELY');
  });
  it('is POSSIBLE while a required criterion is unknown', () => {
    expect(statusOf([{ outcome: 'UNKNOWN', required: true }, { outcome: 'MET', required: true }])).toBe('POSSIBLE');
  });
});

describe('assessInstrument', () => {
  const buyer = factsOf(household({ adults: 2, children: 2, applicantAge: 35, bankLoanRefused: true, canServiceLoan: true, goals: ['BUY_HOME'] }));

  it('explains each tested criterion, with its id and sources, and says which goal it serves', () => {
    const assessment = assessInstrument(startlan, buyer, 'NB');
    expect(assessment.status).toBe('LIKELY');
    expect(assessment.criteria.map((result) => [result.criterionId, result.outcome])).toEqual([
      ['startlan-bank-refused', 'MET'],
      ['startlan-can-service', 'MET'],
      ['startlan-adult', 'MET'],
    ]);
    expect(assessment.criteria[0]?.sourceIds).toEqual(['src-startlan-bank-refused']);
    expect(assessment).toMatchObject({ relevance: 'ASKED', reasons: ['Dekker det husstanden ber om: å kjøpe bolig'] });
  });

  it('lists criteria without a test as things to check, outside the status', () => {
    const assessment = assessInstrument(startlan, buyer, 'EN');
    expect(assessment.toCheck).toEqual([{ criterionId: 'startlan-lawful-residence', text: 'The applicant is lawfully resident in Norway', language: 'EN', sourceIds: ['src-startlan-lawful-residence'] }]);
  });

  it('leaves the status to eligibility when the instrument serves none of the goals, and marks it as not asked for', () => {
    const lowIncomeBuyer = factsOf(household({ adults: 2, children: 2, applicantAge: 35, annualHouseholdIncome: 100000, goals: ['BUY_HOME'] }));
    const assessment = assessInstrument(bostotte, lowIncomeBuyer, 'NB');
    expect(assessment.status).not.toBe('UNLIKELY');
    expect(assessment).toMatchObject({ servesGoal: false, relevance: 'OTHER', reasons: [] });
    expect(assessment.criteria.some((result) => result.criterionId === null)).toBe(false);
  });

  it('marks an instrument the facts indicate, with the reason, without changing its status', () => {
    const indicated: CandidateInstrument = {
      ...midlertidig,
      indications: [{ when: { fact: 'housing', op: 'eq', value: 'HOMELESS' }, reason: { nb: 'Husstanden har ikke noe sted å bo' }, sourceIds: ['src-x'] }],
    };
    const homeless = factsOf(household({ housing: 'HOMELESS', goals: ['BUY_HOME'] }));
    const assessment = assessInstrument(indicated, homeless, 'NB');
    expect(assessment).toMatchObject({ relevance: 'INDICATED', reasons: ['Husstanden har ikke noe sted å bo'] });
    expect(assessment.status).toBe(assessInstrument(midlertidig, homeless, 'NB').status);
  });

  it('calls a discretionary decision LIKELY when every requirement the facts can test is met, and says judgement decides', () => {
    const assessment = assessInstrument(sosialhjelp, factsOf(household({ goals: ['LOWER_HOUSING_COSTS'] })), 'NB');
    expect(assessment.discretionary).toBe(true);
    expect(assessment.status).toBe('LIKELY');
  });

  it('lists what would need to change for every unmet required criterion', () => {
    const rich = factsOf(household({ adults: 2, children: 2, applicantAge: 40, annualHouseholdIncome: 900000, housing: 'INSTITUTION', goals: ['LOWER_HOUSING_COSTS'] }));
    const assessment = assessInstrument(bostotte, rich, 'EN');
    expect(assessment.whyNot.map((item) => item.criterionId)).toEqual(['bostotte-income', 'bostotte-not-institution']);
  });

  it('ignores nothing in an instrument with no criteria', () => {
    const bare: CandidateInstrument = { id: 'bare', name: { nb: 'Bar' }, householdGoals: [], criteria: [], actors: [] };
    expect(assessInstrument(bare, buyer, 'NB')).toMatchObject({ status: 'LIKELY', criteria: [], whyNot: [], toCheck: [] });
  });
});
