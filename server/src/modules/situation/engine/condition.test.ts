import { describe, expect, it } from 'vitest';
import { comparisonsIn, evaluateCondition, expectedValue, factsReadBy, probeValues } from './condition.ts';
import { factsOf } from './facts.ts';
import { household } from './test-fixtures.ts';
import type { Comparison, Condition } from './types.ts';

const facts = factsOf(household({ adults: 2, children: 2, applicantAge: 30, annualHouseholdIncome: 420000, student: false, goals: ['BUY_HOME'] }));

describe('evaluateCondition', () => {
  it.each([
    [{ fact: 'applicantAge', op: 'gte', value: 18 }, 'MET'],
    [{ fact: 'applicantAge', op: 'lt', value: 30 }, 'NOT_MET'],
    [{ fact: 'applicantAge', op: 'lte', value: 30 }, 'MET'],
    [{ fact: 'applicantAge', op: 'gt', value: 30 }, 'NOT_MET'],
    [{ fact: 'hasChildren', op: 'eq', value: true }, 'MET'],
    [{ fact: 'housing', op: 'ne', value: 'INSTITUTION' }, 'MET'],
    [{ fact: 'housing', op: 'in', value: ['HOMELESS', 'RENTING_PRIVATE'] }, 'MET'],
    [{ fact: 'housing', op: 'notIn', value: ['HOMELESS', 'RENTING_PRIVATE'] }, 'NOT_MET'],
    [{ fact: 'goals', op: 'includesAny', value: ['BUY_HOME', 'RENT_HOME'] }, 'MET'],
    [{ fact: 'goals', op: 'includesAny', value: ['RENT_HOME'] }, 'NOT_MET'],
    [{ fact: 'householdSize', op: 'eq', value: 4 }, 'MET'],
  ] as [Condition, string][])('%j is %s', (condition, outcome) => {
    expect(evaluateCondition(condition, facts)).toBe(outcome);
  });

  it('is UNKNOWN when the fact is unknown', () => {
    expect(evaluateCondition({ fact: 'canServiceLoan', op: 'eq', value: true }, facts)).toBe('UNKNOWN');
    expect(evaluateCondition({ not: { fact: 'canServiceLoan', op: 'eq', value: true } }, facts)).toBe('UNKNOWN');
  });

  it('treats an empty goals list as not known yet', () => {
    const noGoals = factsOf(household());
    expect(evaluateCondition({ fact: 'goals', op: 'includesAny', value: ['RENT_HOME'] }, noGoals)).toBe('UNKNOWN');
  });

  it('never claims MET when the operator does not fit the values (a seed error)', () => {
    expect(evaluateCondition({ fact: 'student', op: 'gte', value: 1 }, facts)).toBe('UNKNOWN');
    expect(evaluateCondition({ fact: 'applicantAge', op: 'eq', value: [30] }, facts)).toBe('UNKNOWN');
    expect(evaluateCondition({ fact: 'applicantAge', op: 'gte' }, facts)).toBe('UNKNOWN');
  });

  it('follows Kleene logic: decided as soon as the known facts decide it', () => {
    const known = { fact: 'hasChildren', op: 'eq', value: true } as const;
    const unknown = { fact: 'conscript', op: 'eq', value: true } as const;
    const false_ = { fact: 'hasChildren', op: 'eq', value: false } as const;
    expect(evaluateCondition({ anyOf: [unknown, known] }, facts)).toBe('MET');
    expect(evaluateCondition({ anyOf: [unknown, false_] }, facts)).toBe('UNKNOWN');
    expect(evaluateCondition({ anyOf: [false_, false_] }, facts)).toBe('NOT_MET');
    expect(evaluateCondition({ allOf: [unknown, false_] }, facts)).toBe('NOT_MET');
    expect(evaluateCondition({ allOf: [unknown, known] }, facts)).toBe('UNKNOWN');
    expect(evaluateCondition({ allOf: [known, known] }, facts)).toBe('MET');
    expect(evaluateCondition({ not: known }, facts)).toBe('NOT_MET');
  });
});

describe('valueByHouseholdSize', () => {
  const limit: Comparison = { fact: 'annualHouseholdIncome', op: 'lte', valueByHouseholdSize: [300000, 350000, 400000] };

  it('takes entry i for i + 1 persons and the last entry for larger households', () => {
    expect(expectedValue(limit, factsOf(household({ adults: 1 })))).toBe(300000);
    expect(expectedValue(limit, factsOf(household({ adults: 2 })))).toBe(350000);
    expect(expectedValue(limit, factsOf(household({ adults: 2, children: 4 })))).toBe(400000);
  });

  it('compares with the threshold for the household', () => {
    expect(evaluateCondition(limit, facts)).toBe('NOT_MET');
    expect(evaluateCondition(limit, { ...facts, annualHouseholdIncome: 400000 })).toBe('MET');
  });
});

describe('reading a condition', () => {
  const condition: Condition = { anyOf: [{ fact: 'applicantAge', op: 'gte', value: 18 }, { not: { fact: 'hasChildren', op: 'eq', value: true } }, { fact: 'applicantAge', op: 'lt', value: 67 }] };

  it('lists comparisons depth first and facts once', () => {
    expect(comparisonsIn(condition)).toHaveLength(3);
    expect(factsReadBy(condition)).toEqual(['applicantAge', 'hasChildren']);
  });

  it('probes numbers around every threshold, within the domain', () => {
    const probes = probeValues('number', 'applicantAge', comparisonsIn(condition), facts);
    expect(probes).toEqual(expect.arrayContaining([0, 17, 18, 19, 66, 67, 68]));
    expect(probes.every((probe) => typeof probe === 'number' && probe >= 0)).toBe(true);
    expect(probeValues('boolean', 'student', [], facts)).toEqual([true, false]);
    expect(probeValues('string', 'municipalityNumber', [{ fact: 'municipalityNumber', op: 'in', value: ['0301'] }], facts)).toContain('0301');
  });
});
