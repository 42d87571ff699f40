import { describe, expect, it } from 'vitest';
import { buildCombinations, orderSteps } from './combinations.ts';
import { bostotte, kommunalBostotte, navHeis, relation, relations, sosialhjelp, startlan, tilpasning, tilskuddEtablering } from './test-fixtures.ts';
import type { CandidateRelation } from './types.ts';

const rank = (order: readonly string[]) => (id: string) => order.indexOf(id);

describe('orderSteps', () => {
  const pre = (from: string, to: string): CandidateRelation => relation({ id: `${from}-${to}`, type: 'PRECONDITION_FOR', from, to, rationale: { nb: '-' } });

  it('puts every precondition before what it is a precondition for, whatever the rank', () => {
    expect(orderSteps(['a', 'b', 'c'], [pre('c', 'a'), pre('b', 'c')], rank(['a', 'b', 'c']))).toEqual(['b', 'c', 'a']);
  });

  it('does not hang on a cycle in the data', () => {
    expect(orderSteps(['a', 'b'], [pre('a', 'b'), pre('b', 'a')], rank(['a', 'b']))).toEqual(['a', 'b']);
  });
});

describe('buildCombinations', () => {
  it('orders state bostøtte before social assistance and municipal bostøtte', () => {
    const [plan] = buildCombinations({ viable: [sosialhjelp, kommunalBostotte, bostotte], relations, lang: 'NB' });
    expect(plan?.instrumentIds[0]).toBe('bostotte');
    expect(plan?.steps.find((step) => step.instrumentId === 'sosialhjelp-boutgifter')?.after).toEqual(['bostotte']);
    expect(plan?.rationales).toContain('Søk bostøtte før økonomisk sosialhjelp, som er subsidiær.');
    expect(plan?.relationIds).toEqual(expect.arrayContaining(['p-bostotte-sosialhjelp', 'p-state-municipal']));
    expect(plan?.sourceIds).toEqual(expect.arrayContaining(['src-p-bostotte-sosialhjelp']));
  });

  it('names who owns each step', () => {
    const [plan] = buildCombinations({ viable: [startlan, tilskuddEtablering], relations, lang: 'EN' });
    expect(plan?.steps.map((step) => step.owners.map((owner) => owner.name))).toEqual([['The municipality'], ['The municipality']]);
    expect(plan?.rationale).toBe('The grant reduces the loan to what the household can service.');
  });

  it('never puts two instruments that exclude each other in one plan: it offers alternatives', () => {
    const plans = buildCombinations({ viable: [startlan, tilpasning, navHeis], relations, lang: 'NB' });
    expect(plans.map((plan) => [...plan.instrumentIds].sort())).toEqual(
      expect.arrayContaining([
        ['startlan', 'tilskudd-tilpasning'],
        ['nav-tilskudd-i-stedet-for-heis', 'startlan'],
      ]),
    );
    for (const plan of plans) expect(plan.instrumentIds.includes('tilskudd-tilpasning') && plan.instrumentIds.includes('nav-tilskudd-i-stedet-for-heis')).toBe(false);
    expect(plans.flatMap((plan) => plan.leftOut.map((left) => left.relationId))).toContain('x12-heis-tilpasning');
  });

  it('takes only the instruments it is given (the non-UNLIKELY ones)', () => {
    const plans = buildCombinations({ viable: [startlan, sosialhjelp], relations, lang: 'NB' });
    expect(plans).toEqual([]);
  });

  it('builds one plan around each anchor from its direct links, without repeating a plan inside another', () => {
    const plans = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte, sosialhjelp], relations, lang: 'NB' });
    expect(plans.map((plan) => plan.instrumentIds)).toEqual([
      ['startlan', 'tilskudd-etablering', 'bostotte'],
      ['startlan', 'bostotte', 'sosialhjelp-boutgifter'],
    ]);
  });

  it('builds plans only around the anchors given', () => {
    const plans = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte, sosialhjelp], relations, lang: 'NB', anchors: ['sosialhjelp-boutgifter'] });
    expect(plans.map((plan) => plan.instrumentIds)).toEqual([['bostotte', 'sosialhjelp-boutgifter']]);
  });

  it('takes in only the joinable instruments next to an anchor', () => {
    const plans = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte], relations, lang: 'NB', anchors: ['startlan'], joinable: ['tilskudd-etablering'] });
    expect(plans.map((plan) => plan.instrumentIds)).toEqual([['startlan', 'tilskudd-etablering']]);
  });

  it('keeps the anchor when an exclusion touches it', () => {
    // Contradictory data on purpose: linked and excluded at once.
    const linkedToo = [...relations, relation({ id: 'odd-link', type: 'COMBINES_WITH', from: 'tilskudd-tilpasning', to: 'nav-tilskudd-i-stedet-for-heis', rationale: { nb: '-' } })];
    const plans = buildCombinations({ viable: [startlan, tilpasning, navHeis], relations: linkedToo, lang: 'NB', anchors: ['tilskudd-tilpasning'] });
    expect(plans.map((plan) => plan.instrumentIds)).toEqual([['startlan', 'tilskudd-tilpasning']]);
  });
});
