import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './condition.ts';
import { explainOutcome } from './explain.ts';
import { traceCondition } from './trace.ts';
import { factsOf } from './facts.ts';
import { STALE_LIMIT_FACTOR, type LimitTable, type Limits } from './limits.ts';
import { household } from './test-fixtures.ts';
import type { CandidateCriterion, Comparison, SituationInput } from './types.ts';

/** Two sizes, three groups: Oslo, one listed city (with a merged successor) and all others. */
const TABLE: LimitTable = {
  id: 'income-limits',
  unit: 'NOK_PER_MONTH',
  validFrom: '2017-06-01',
  validTo: '2020-03-31',
  currentValuesUrl: 'https://example.org/calculator',
  groups: [
    { id: 'g1', name: { nb: 'Gruppe 1' }, allOthers: false, values: [20000, 24000], municipalities: [{ number: '0301', name: 'Oslo', partly: false, validFrom: null, validTo: null }] },
    {
      id: 'g3',
      name: { nb: 'Gruppe 3' },
      allOthers: false,
      values: [18000, 22000],
      municipalities: [
        { number: '0231', name: 'Skedsmo', partly: false, validFrom: null, validTo: null },
        { number: '3205', name: 'Lillestrøm', partly: true, validFrom: null, validTo: null },
      ],
    },
    { id: 'g4', name: { nb: 'Gruppe 4' }, allOthers: true, values: [17000, 20000], municipalities: [] },
  ],
};

const IN_FORCE: Limits = { tables: new Map([[TABLE.id, [TABLE]]]), asOf: '2018-01-01' };
const LATER: Limits = { tables: IN_FORCE.tables, asOf: '2026-01-01' };
const BEFORE: Limits = { tables: IN_FORCE.tables, asOf: '2016-01-01' };
const INCOME_LIMIT: Comparison = { fact: 'annualHouseholdIncome', op: 'lte', valueFromTable: { table: TABLE.id, scale: 12 } };

const factsFor = (overrides: Partial<SituationInput>) => factsOf(household({ adults: 1, ...overrides }));
const outcome = (overrides: Partial<SituationInput>, limits: Limits = IN_FORCE) => evaluateCondition(INCOME_LIMIT, factsFor(overrides), limits);

describe('a comparison with a limit table', () => {
  it('uses the group of the given kommunenummer and the row of the household size, times the scale', () => {
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 240000 })).toBe('MET');
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 240001 })).toBe('NOT_MET');
    expect(outcome({ municipalityNumber: '0301', adults: 2, annualHouseholdIncome: 288000 })).toBe('MET');
    expect(outcome({ municipalityNumber: '0301', adults: 2, annualHouseholdIncome: 288001 })).toBe('NOT_MET');
  });

  it('puts an unlisted kommunenummer in the group of all others', () => {
    expect(outcome({ municipalityNumber: '1804', annualHouseholdIncome: 204000 })).toBe('MET');
    expect(outcome({ municipalityNumber: '1804', annualHouseholdIncome: 204001 })).toBe('NOT_MET');
  });

  it('is UNKNOWN between groups when no kommunenummer is given, and decided outside the range', () => {
    expect(outcome({ annualHouseholdIncome: 204000 })).toBe('MET');
    expect(outcome({ annualHouseholdIncome: 230000 })).toBe('UNKNOWN');
    expect(outcome({ annualHouseholdIncome: 240001 })).toBe('NOT_MET');
  });

  it('treats a merged municipality that only partly lay in a group as between that group and all others', () => {
    expect(outcome({ municipalityNumber: '3205', annualHouseholdIncome: 210000 })).toBe('UNKNOWN');
    expect(outcome({ municipalityNumber: '3205', annualHouseholdIncome: 204000 })).toBe('MET');
    expect(outcome({ municipalityNumber: '0231', annualHouseholdIncome: 210000 })).toBe('MET');
  });

  it('is UNKNOWN for a household larger than the table unless the income is under the largest row', () => {
    expect(outcome({ municipalityNumber: '0301', adults: 2, children: 3, annualHouseholdIncome: 280000 })).toBe('MET');
    expect(outcome({ municipalityNumber: '0301', adults: 2, children: 3, annualHouseholdIncome: 900000 })).toBe('UNKNOWN');
  });

  it('after the newest table: at or under the last limit is under, above the margin is over, between is open', () => {
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 240000 }, LATER)).toBe('MET');
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 300000 }, LATER)).toBe('UNKNOWN');
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 240000 * STALE_LIMIT_FACTOR }, LATER)).toBe('UNKNOWN');
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 240000 * STALE_LIMIT_FACTOR + 1 }, LATER)).toBe('NOT_MET');
  });

  it('decides nothing before the first table, or without an income', () => {
    expect(outcome({ municipalityNumber: '0301', annualHouseholdIncome: 1 }, BEFORE)).toBe('UNKNOWN');
    expect(outcome({ municipalityNumber: '0301' })).toBe('UNKNOWN');
  });
});

describe('unknownWhen', () => {
  const paysForHome: Comparison = { fact: 'housing', op: 'notIn', value: ['HOMELESS'], unknownWhen: ['LIVING_WITH_OTHERS', 'TEMPORARY_ACCOMMODATION'] };
  it('leaves the listed values undecided and decides the others', () => {
    expect(evaluateCondition(paysForHome, factsFor({ housing: 'LIVING_WITH_OTHERS' }))).toBe('UNKNOWN');
    expect(evaluateCondition(paysForHome, factsFor({ housing: 'TEMPORARY_ACCOMMODATION' }))).toBe('UNKNOWN');
    expect(evaluateCondition(paysForHome, factsFor({ housing: 'HOMELESS' }))).toBe('NOT_MET');
    expect(evaluateCondition(paysForHome, factsFor({ housing: 'RENTING_PRIVATE' }))).toBe('MET');
  });
});

describe('the explanation of a table comparison', () => {
  const criterion: CandidateCriterion = {
    id: 'income-limit',
    order: 0,
    text: { nb: 'Inntekten er ikke over grensen.', en: 'The income is not above the limit.' },
    test: INCOME_LIMIT,
    required: true,
    discretionary: false,
    explain: { unknown: { nb: 'Oppgi inntekten.', en: 'Give the income.' } },
    whyNot: null,
    thresholdYear: null,
    sourceIds: [],
    validFrom: null,
    validTo: null,
  };
  const explain = (overrides: Partial<SituationInput>, limits: Limits) => {
    const facts = factsFor(overrides);
    return explainOutcome(criterion, traceCondition(INCOME_LIMIT, facts, limits), facts, 'EN').text;
  };

  it('names the range of groups instead of asking for an income already given', () => {
    const text = explain({ annualHouseholdIncome: 230000 }, IN_FORCE);
    expect(text).toContain('depends on the municipality group');
    expect(text).not.toContain('Give the income');
  });

  it('says which limits the graph holds after the newest table, and links today’s values', () => {
    const text = explain({ municipalityNumber: '0301', annualHouseholdIncome: 300000 }, LATER);
    expect(text).toContain('1 June 2017');
    expect(text).toContain('raised since');
    expect(text).toContain('https://example.org/calculator');
  });

  it('asks for the income while it is unknown', () => {
    expect(explain({ municipalityNumber: '0301' }, IN_FORCE)).toBe('Give the income.');
  });
});
