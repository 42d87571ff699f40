import { describe, expect, it } from 'vitest';
import { decisiveFacts } from './open-questions.ts';
import { factsOf } from './facts.ts';
import { statusFor } from './status.ts';
import { bostotte, criterion, ettervern, household, kommunalBostotte, startlan } from './test-fixtures.ts';
import type { CandidateInstrument } from './types.ts';

const decisive = (instrument: CandidateInstrument, facts: ReturnType<typeof factsOf>) => decisiveFacts(instrument, statusFor(instrument, facts), facts);

describe('decisiveFacts', () => {
  it('finds every unknown fact that could make bostøtte UNLIKELY', () => {
    const facts = factsOf(household({ goals: ['LOWER_HOUSING_COSTS'] }));
    expect(decisive(bostotte, facts)).toEqual(expect.arrayContaining(['applicantAge', 'annualHouseholdIncome', 'student', 'conscript']));
  });

  it('does not ask for a fact that cannot change anything', () => {
    // With children, the age no longer matters to "18 or older, or has children".
    const facts = factsOf(household({ children: 1, annualHouseholdIncome: 100000, student: false, conscript: false, goals: ['LOWER_HOUSING_COSTS'] }));
    expect(statusFor(bostotte, facts)).toBe('LIKELY');
    expect(decisive(bostotte, facts)).toEqual([]);
  });

  it('asks for a fact whose answer could turn POSSIBLE into LIKELY', () => {
    const facts = factsOf(household({ goals: ['LOWER_HOUSING_COSTS'] }));
    expect(decisive(kommunalBostotte, facts)).toEqual(['municipalityNumber']);
  });

  it('asks nothing about an instrument that is already UNLIKELY', () => {
    const facts = factsOf(household({ canServiceLoan: false, goals: ['BUY_HOME'] }));
    expect(statusFor(startlan, facts)).toBe('UNLIKELY');
    expect(decisive(startlan, facts)).toEqual([]);
  });

  it('probes ages around the limit in force', () => {
    const facts = factsOf(household({ leavingChildWelfare: true }));
    const in2024 = { ...ettervern, criteria: ettervern.criteria.filter((criterion) => criterion.id !== 'ettervern-age-under-23') };
    expect(decisive(in2024, facts)).toEqual(['applicantAge']);
  });

  describe('a criterion that is not required', () => {
    const income = criterion({ id: 'soft-income', text: { nb: 'Lav inntekt' }, test: { fact: 'annualHouseholdIncome', op: 'lte', value: 300000 }, required: false });
    const age = criterion({ id: 'hard-age', text: { nb: 'Voksen' }, test: { fact: 'applicantAge', op: 'gte', value: 18 } });
    const soft: CandidateInstrument = { id: 'soft', name: { nb: 'Myk' }, householdGoals: [], actors: [], criteria: [age, income] };
    const facts = factsOf(household());

    it('is never asked about: it cannot change the status', () => {
      expect(decisive(soft, facts)).toEqual(['applicantAge']);
    });

    it('leaves a discretionary decision asking what the facts can still settle (LIKELY stays in reach)', () => {
      const discretionary = { ...soft, criteria: [...soft.criteria, criterion({ id: 'judgement', text: { nb: 'Skjønn' }, discretionary: true })] };
      expect(decisive(discretionary, facts)).toEqual(['applicantAge']);
    });
  });

  describe('a targeted instrument read as "not in the group" until asked', () => {
    const forReleased = criterion({ id: 'released', text: { nb: 'Løslates fra fengsel' }, test: { fact: 'leavingPrison', op: 'eq', value: true, whenUnknown: false } });
    const guarantee: CandidateInstrument = { id: 'guarantee', name: { nb: 'Garanti' }, householdGoals: [], actors: [], criteria: [forReleased] };

    it('is UNLIKELY while unanswered, and the question that could lift it is asked', () => {
      const facts = factsOf(household());
      expect(decisiveFacts(guarantee, 'UNLIKELY', facts)).toEqual(['leavingPrison']);
    });

    it('is not asked about once answered', () => {
      expect(decisiveFacts(guarantee, 'UNLIKELY', factsOf(household({ leavingPrison: false })))).toEqual([]);
    });
  });

  it('asks what kind of institution only of a household that lives in one', () => {
    const nursingHomeRule = criterion({ id: 'not-nursing-home', text: { nb: 'Ikke sykehjem' }, test: { fact: 'institution', op: 'ne', value: 'NURSING_HOME' } });
    const allowance: CandidateInstrument = { id: 'allowance', name: { nb: 'Støtte' }, householdGoals: [], actors: [], criteria: [nursingHomeRule] };
    expect(decisive(allowance, factsOf(household({ housing: 'INSTITUTION' })))).toEqual(['institution']);
    expect(decisive(allowance, factsOf(household({ housing: 'OWNER' })))).toEqual([]);
  });
});
