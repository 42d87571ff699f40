import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, isAnswered, isPrintSensitive, parseSignedWholeNumber, toSituationInput, type Answers } from './answers.ts';
import { decodeAnswers, encodeAnswers } from './share-encoding.ts';

const BASE: Answers = { ...EMPTY_ANSWERS, adults: '1', children: '0', housing: 'RENTING_PRIVATE', goals: ['RENT_HOME'] };

describe('the new situation questions', () => {
  it('sends "Vet ikke" and unanswered as null', () => {
    const input = toSituationInput({ ...BASE, mainIncomeSource: 'unknown', tri: { evictionOrArrears: 'unknown' } });
    expect(input).toMatchObject({ mainIncomeSource: null, evictionOrArrears: null, hasDepositMoney: null, lawfulResidence: null, monthlyHousingCosts: null, netWealth: null, institution: null });
  });

  it('sends the answers given, net wealth below zero included', () => {
    const input = toSituationInput({ ...BASE, monthlyHousingCosts: '14 000', netWealth: '-50 000', mainIncomeSource: 'NAV_BENEFIT', tri: { evictionOrArrears: 'yes', hasDepositMoney: 'no', lawfulResidence: 'yes' } });
    expect(input).toMatchObject({ monthlyHousingCosts: 14000, netWealth: -50000, mainIncomeSource: 'NAV_BENEFIT', evictionOrArrears: true, hasDepositMoney: false, lawfulResidence: true });
    expect(parseSignedWholeNumber('−1 200')).toBe(-1200);
    expect(parseSignedWholeNumber('12a')).toBeNull();
  });

  it('sends the institution kind only while the household lives in an institution', () => {
    expect(toSituationInput({ ...BASE, housing: 'INSTITUTION', institution: 'PRISON' })?.institution).toBe('PRISON');
    expect(toSituationInput({ ...BASE, housing: 'RENTING_PRIVATE', institution: 'PRISON' })?.institution).toBeNull();
    expect(toSituationInput({ ...BASE, housing: 'INSTITUTION', institution: 'unknown' })?.institution).toBeNull();
  });

  it('keeps prison, residence and the institution kind off the printout, with the other sensitive answers', () => {
    for (const field of ['leavingPrison', 'institution', 'lawfulResidence', 'reducedFunctionalAbility', 'substanceUseOrMentalHealth', 'settledRefugee'] as const) expect(isPrintSensitive(field)).toBe(true);
    for (const field of ['monthlyHousingCosts', 'evictionOrArrears', 'mainIncomeSource', 'hasDepositMoney', 'netWealth'] as const) expect(isPrintSensitive(field)).toBe(false);
  });

  it('knows which questions are answered ("Vet ikke" is an answer)', () => {
    const answers: Answers = { ...BASE, mainIncomeSource: 'unknown', tri: { hasDepositMoney: 'unknown' } };
    expect(isAnswered('mainIncomeSource', answers)).toBe(true);
    expect(isAnswered('hasDepositMoney', answers)).toBe(true);
    expect(isAnswered('monthlyHousingCosts', answers)).toBe(false);
    expect(isAnswered('institution', answers)).toBe(false);
  });

  it('keeps the new answers in a share link', () => {
    const answers: Answers = { ...BASE, housing: 'INSTITUTION', institution: 'PRISON', mainIncomeSource: 'NONE', monthlyHousingCosts: '9000', netWealth: '-2000', tri: { evictionOrArrears: 'no', hasDepositMoney: 'no', lawfulResidence: 'unknown' } };
    expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
  });
});
