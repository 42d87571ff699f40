import { describe, expect, it } from 'vitest';
import { explainOutcome, whyNotOf } from './explain.ts';
import { factsOf } from './facts.ts';
import { NO_LIMITS } from './limits.ts';
import { traceCondition } from './trace.ts';
import { fillTemplate, formatFactValue, formatNumber } from './format.ts';
import { bostotte, criterion, household, startlan } from './test-fixtures.ts';
import type { CandidateCriterion } from './types.ts';

/** Intl separates thousands with a no-break space in Norwegian; tests read better with a plain one. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const byId = (id: string): CandidateCriterion => {
  const found = [...bostotte.criteria, ...startlan.criteria].find((item) => item.id === id);
  if (!found) throw new Error(`no fixture criterion ${id}`);
  return found;
};

const family = factsOf(household({ adults: 2, children: 2, annualHouseholdIncome: 420000 }));

type Facts = ReturnType<typeof factsOf>;
/** The criterion evaluated once for the facts, then put into words: as the engine does it. */
const explain = (item: CandidateCriterion, facts: Facts, lang: 'NB' | 'NN' | 'EN') => explainOutcome(item, traceCondition(item.test ?? { fact: 'adults', op: 'gte', value: 0 }, facts, NO_LIMITS), facts, lang);
const why = (item: CandidateCriterion, facts: Facts, lang: 'NB' | 'NN' | 'EN') => whyNotOf(item, traceCondition(item.test ?? { fact: 'adults', op: 'gte', value: 0 }, facts, NO_LIMITS), facts, lang);

describe('formatting', () => {
  it('formats numbers for nb-NO, nn-NO and en-GB', () => {
    expect(plain(formatNumber(400000, 'NB'))).toBe('400 000');
    expect(plain(formatNumber(400000, 'NN'))).toBe('400 000');
    expect(formatNumber(400000, 'EN')).toBe('400,000');
  });

  it('gives fact values their unit', () => {
    expect(plain(formatFactValue('annualHouseholdIncome', 420000, 'NB'))).toBe('420 000 kr');
    expect(formatFactValue('annualHouseholdIncome', 420000, 'EN')).toBe('NOK 420,000');
    expect(formatFactValue('applicantAge', 24, 'NN')).toBe('24 år');
    expect(formatFactValue('student', null, 'NN')).toBe('ukjend');
  });

  it('leaves unknown placeholders visible', () => {
    expect(fillTemplate('{threshold} og {oops}', { threshold: '1' })).toBe('1 og {oops}');
  });
});

describe('explainOutcome', () => {
  it('fills the stored template with the threshold for the household size, formatted per language', () => {
    const income = byId('bostotte-income');
    expect(plain(explain(income, family, 'NB').text)).toBe('Inntekten er over grensen for bostøtte for 4 personer (2024: 400 000 kr)');
    expect(explain(income, family, 'EN').text).toBe('Income is above the limit for 4 persons (2024: NOK 400,000)');
  });

  it('generates from the text, naming the fact and the threshold, when there is no template', () => {
    const plainIncome = { ...byId('bostotte-income'), explain: null };
    expect(plain(explain(plainIncome, family, 'NB').text)).toBe(
      'Ikke oppfylt: Inntekten er under grensen for bostøtte (husstandens inntekt: 420 000 kr; grense: høyst 400 000 kr for 4 personer (2024))',
    );
    expect(explain(plainIncome, family, 'NN').text).toMatch(/^Ikkje oppfylt: Inntekta er under grensa for bustøtte \(inntekta til hushaldet: 420.000 kr; grense: høgst 400.000 kr for 4 personar \(2024\)\)$/);
  });

  it('names the missing facts when the outcome is unknown', () => {
    const unknownIncome = factsOf(household());
    expect(explain(byId('startlan-bank-refused'), unknownIncome, 'NB').text).toBe('Ikke avklart: Banken har avslått lån (mangler opplysning om avslag på lån i bank)');
    expect(explain(byId('bostotte-adult-or-parent'), unknownIncome, 'EN').text).toBe("Not known yet: The applicant is 18 or older or has children (missing: the applicant's age)");
  });

  it('names the bound that failed, and both ends of a range that is met', () => {
    const range = criterion({ id: 'young', text: { nb: 'Søkeren er mellom 18 og 25 år' }, test: { allOf: [{ fact: 'applicantAge', op: 'gte', value: 18 }, { fact: 'applicantAge', op: 'lt', value: 25 }] } });
    const at = (age: number) => factsOf(household({ applicantAge: age }));
    expect(explain(range, at(26), 'NB').text).toBe('Ikke oppfylt: Søkeren er mellom 18 og 25 år (søkerens alder: 26 år; grense: under 25 år)');
    expect(explain(range, at(24), 'NB').text).toBe('Oppfylt: Søkeren er mellom 18 og 25 år (søkerens alder: 24 år; grense: minst 18 år og under 25 år)');
  });

  it('says a met criterion plainly', () => {
    expect(explain(byId('startlan-bank-refused'), factsOf(household({ bankLoanRefused: true })), 'NB').text).toBe('Oppfylt: Banken har avslått lån');
  });

  it('falls back to bokmål, and says so, when the language is missing', () => {
    const nbOnly = criterion({ id: 'nb-only', text: { nb: 'Husstanden har barn' }, test: { fact: 'hasChildren', op: 'eq', value: true } });
    expect(explain(nbOnly, family, 'EN')).toEqual({ text: 'Oppfylt: Husstanden har barn', language: 'NB' });
    expect(explain(nbOnly, family, 'NN')).toEqual({ text: 'Oppfylt: Husstanden har barn', language: 'NB' });
  });

  it('prefers a sentence in the reader’s language to a template that would fall back', () => {
    const institution = byId('bostotte-not-institution');
    const withNbTemplate = { ...institution, explain: { notMet: { nb: 'Bor i institusjon' } } };
    expect(explain(withNbTemplate, factsOf(household({ housing: 'INSTITUTION' })), 'EN')).toEqual({ text: 'Not met: The applicant does not live in an institution charging income-based fees', language: 'EN' });
  });
});

describe('whyNotOf', () => {
  it('uses the stored whyNot text', () => {
    expect(why(byId('startlan-can-service'), family, 'NB').text).toBe('Husstanden må kunne betale renter og avdrag over tid');
  });

  it('turns an unmet bound into the change needed', () => {
    expect(plain(why(byId('bostotte-income'), family, 'NB').text)).toBe('Husstandens inntekt må være høyst 400 000 kr for 4 personer (nå 420 000 kr)');
    expect(why(byId('bostotte-income'), family, 'EN').text).toBe('Household income would need to be at most NOK 400,000 for 4 persons (now NOK 420,000)');
  });

  it('falls back to the criterion text for other conditions', () => {
    expect(why(byId('bostotte-not-institution'), family, 'NB').text).toBe('Dette må være oppfylt: Søkeren bor ikke i institusjon med inntektsavhengig betaling');
  });
});
