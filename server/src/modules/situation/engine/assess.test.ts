import { describe, expect, it } from 'vitest';
import { assessInstrument } from './assess.ts';
import { factsOf } from './facts.ts';
import { statusOf } from './status.ts';
import { bostotte, household, midlertidig, sosialhjelp, startlan } from './test-fixtures.ts';
import type { CandidateInstrument } from './types.ts';

describe('statusOf', () => {
  it('is UNLIKELY when a required criterion is not met', () => {
    expect(statusOf([{ outcome: 'MET', required: true }, { outcome: 'NOT_MET', required: true }], false)).toBe('UNLIKELY');
  });
  it('is LIKELY only when all are met and nothing rests on discretion', () => {
    expect(statusOf([{ outcome: 'MET', required: true }], false)).toBe('LIKELY');
    expect(statusOf([{ outcome: 'MET', required: true }], true)).toBe('POSSIBLE');
  });
  it('is POSSIBLE with an unknown, or an unmet criterion that is not required', () => {
    expect(statusOf([{ outcome: 'UNKNOWN', required: true }], false)).toBe('POSSIBLE');
    expect(statusOf([{ outcome: 'NOT_MET', required: false }], false)).toBe('POSSIBLE');
  });
});

describe('assessInstrument', () => {
  const buyer = factsOf(household({ adults: 2, children: 2, applicantAge: 35, bankLoanRefused: true, canServiceLoan: true, goals: ['BUY_HOME'] }));

  it('explains each tested criterion, with its id and sources, after the goal rule', () => {
    const assessment = assessInstrument(startlan, buyer, 'NB');
    expect(assessment.status).toBe('LIKELY');
    expect(assessment.criteria.map((result) => [result.criterionId, result.outcome])).toEqual([
      [null, 'MET'],
      ['startlan-bank-refused', 'MET'],
      ['startlan-can-service', 'MET'],
      ['startlan-adult', 'MET'],
    ]);
    expect(assessment.criteria[1]?.sourceIds).toEqual(['src-startlan-bank-refused']);
    expect(assessment.criteria[0]?.explanation).toBe('Dekker det husstanden ber om: å kjøpe bolig');
  });

  it('lists criteria without a test as things to check, outside the status', () => {
    const assessment = assessInstrument(startlan, buyer, 'EN');
    expect(assessment.toCheck).toEqual([{ criterionId: 'startlan-lawful-residence', text: 'The applicant is lawfully resident in Norway', language: 'EN', sourceIds: ['src-startlan-lawful-residence'] }]);
  });

  it('makes an instrument that serves none of the goals UNLIKELY, and says why in plain words', () => {
    const assessment = assessInstrument(bostotte, buyer, 'NB');
    expect(assessment.status).toBe('UNLIKELY');
    expect(assessment.servesGoal).toBe(false);
    expect(assessment.criteria[0]?.explanation).toBe('Dekker ikke det husstanden ber om: virkemiddelet gjelder lavere boutgifter eller å beholde boligen, mens husstanden ønsker hjelp til å kjøpe bolig');
    expect(assessment.whyNot[0]?.text).toBe('Gjelder bare hvis husstanden ønsker hjelp til lavere boutgifter eller å beholde boligen');
  });

  it('applies no goal rule to an instrument not tied to a goal', () => {
    expect(assessInstrument(midlertidig, factsOf(household({ housing: 'HOMELESS', goals: ['RENT_HOME'] })), 'NB').criteria[0]?.criterionId).toBe('midlertidig-no-home');
  });

  it('caps a discretionary decision at POSSIBLE', () => {
    expect(assessInstrument(sosialhjelp, factsOf(household({ goals: ['LOWER_HOUSING_COSTS'] })), 'NB').status).toBe('POSSIBLE');
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
