import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from './answers.ts';
import { answersFromHash, decodeAnswers, encodeAnswers } from './share-encoding.ts';

const FAMILY: Answers = {
  ...EMPTY_ANSWERS,
  municipalityNumber: '0301',
  adults: '2',
  children: '2',
  applicantAge: '',
  annualHouseholdIncome: '420 000',
  housing: 'RENTING_PRIVATE',
  goals: ['BUY_HOME', 'LOWER_HOUSING_COSTS'],
  tri: { bankLoanRefused: 'yes', canServiceLoan: 'yes', student: 'no', substanceUseOrMentalHealth: 'declined' },
};

describe('share link encoding', () => {
  it('gives back exactly the answers it was given', () => {
    expect(decodeAnswers(encodeAnswers(FAMILY))).toEqual(FAMILY);
  });

  it('uses only characters that are safe after # in a URL', () => {
    expect(encodeAnswers(FAMILY)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('reads the answers from a location hash, and nothing from a hash without them', () => {
    expect(answersFromHash(`#s=${encodeAnswers(FAMILY)}`)).toEqual(FAMILY);
    expect(answersFromHash('#main')).toBeNull();
  });

  it('ignores what it does not recognise instead of trusting it', () => {
    const tampered = Buffer.from(JSON.stringify({ m: '12345', h: 'CASTLE', g: ['BUY_HOME', 'WIN_LOTTERY'], t: { student: 'x', conscript: 'y' }, extra: 1 })).toString('base64url');
    const answers = decodeAnswers(tampered);
    expect(answers).toMatchObject({ municipalityNumber: '', housing: null, goals: ['BUY_HOME'], tri: { conscript: 'yes' } });
    expect(answers).not.toHaveProperty('extra');
  });

  it('answers null for a link that is not ours', () => {
    expect(decodeAnswers('not-base64-json')).toBeNull();
  });
});
