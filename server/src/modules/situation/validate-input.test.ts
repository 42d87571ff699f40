import { describe, expect, it } from 'vitest';
import { PublicError } from '../../errors.ts';
import { household } from './engine/test-fixtures.ts';
import type { SituationInput } from './engine/types.ts';
import { isPlausibleMunicipalityNumber, validateAsOf, validateSituationInput } from './validate-input.ts';

function rejection(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof PublicError)) throw error;
    return { code: error.extensions.code, field: error.extensions.field, message: error.message };
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

const bad = (overrides: Partial<SituationInput>) => rejection(() => validateSituationInput(household(overrides)));

describe('validateSituationInput', () => {
  it('5. rejects a household with no persons', () => {
    expect(bad({ adults: 0, children: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adults' });
  });

  it.each([
    [{ adults: -1 }, 'adults'],
    [{ children: -2 }, 'children'],
    [{ adults: 1.5 }, 'adults'],
    [{ children: 500 }, 'children'],
    [{ applicantAge: -1 }, 'applicantAge'],
    [{ applicantAge: 121 }, 'applicantAge'],
    [{ applicantAge: 30, adults: 0, children: 1 }, 'applicantAge'],
    [{ applicantAge: 16, adults: 1, children: 0 }, 'applicantAge'],
    [{ annualHouseholdIncome: -1 }, 'annualHouseholdIncome'],
    [{ monthlyHousingCosts: -1 }, 'monthlyHousingCosts'],
    [{ municipalityNumber: '301' }, 'municipalityNumber'],
    [{ municipalityNumber: '03011' }, 'municipalityNumber'],
    [{ municipalityNumber: 'abcd' }, 'municipalityNumber'],
    [{ municipalityNumber: '9999' }, 'municipalityNumber'],
    [{ municipalityNumber: '2100' }, 'municipalityNumber'],
    [{ municipalityNumber: '0300' }, 'municipalityNumber'],
    [{ housing: 'CASTLE' as SituationInput['housing'] }, 'housing'],
    [{ goals: ['WIN_LOTTERY' as SituationInput['goals'][number]] }, 'goals'],
  ] as [Partial<SituationInput>, string][])('rejects %j, naming %s', (overrides, field) => {
    expect(bad(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('never repeats the value given in the message (it is personal data)', () => {
    expect(bad({ annualHouseholdIncome: -987654 }).message).not.toContain('987654');
    expect(bad({ municipalityNumber: '9876' }).message).not.toContain('9876');
  });

  it('accepts unknown facts and valid numbers, and removes duplicate goals', () => {
    const input = household({ municipalityNumber: '0301', applicantAge: 0, children: 1, adults: 0, annualHouseholdIncome: 0, goals: ['RENT_HOME', 'RENT_HOME'] });
    expect(validateSituationInput(input).goals).toEqual(['RENT_HOME']);
    expect(validateSituationInput(household({ applicantAge: null, municipalityNumber: null })).applicantAge).toBeNull();
  });

  it('accepts kommunenummer from current and earlier county numbering', () => {
    for (const number of ['0301', '1103', '4601', '5001', '5501', '3005', '1201']) expect(isPlausibleMunicipalityNumber(number)).toBe(true);
  });

  it('accepts only counties in use at the date asked about', () => {
    expect(isPlausibleMunicipalityNumber('3005', '2021-06-01')).toBe(true); // Drammen in Viken
    expect(isPlausibleMunicipalityNumber('3005', '2024-06-01')).toBe(false);
    expect(isPlausibleMunicipalityNumber('3301', '2024-06-01')).toBe(true); // Drammen in Buskerud
    expect(isPlausibleMunicipalityNumber('3301', '2023-12-31')).toBe(false);
    expect(isPlausibleMunicipalityNumber('1601', '2017-06-01')).toBe(true);
    expect(isPlausibleMunicipalityNumber('0301', '1990-01-01')).toBe(true);
    expect(rejection(() => validateSituationInput(household({ municipalityNumber: '0602' }), '2024-06-01'))).toMatchObject({ field: 'municipalityNumber' });
  });
});

describe('validateAsOf', () => {
  it('accepts a real date and rejects anything else', () => {
    expect(validateAsOf('2024-02-29')).toBe('2024-02-29');
    for (const wrong of ['2023-02-29', '2024-13-01', '24-01-01', '2024-01-01T00:00:00Z', '']) {
      expect(rejection(() => validateAsOf(wrong))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    }
  });
});
