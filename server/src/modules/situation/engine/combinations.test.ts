import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../seed/load-seeds.ts';
import { candidatesFromSeedGraph } from '../../../../../test/support/seed-candidates.ts';
import { buildCombinations, MAX_STEPS, orderSteps, relationsThatFit } from './combinations.ts';
import { factsOf } from './facts.ts';
import { bostotte, household, kommunalBostotte, navHeis, relation, relations, sosialhjelp, startlan, tilpasning, tilskuddEtablering } from './test-fixtures.ts';
import type { CandidateInstrument, CandidateRelation, Combination, RelationType } from './types.ts';

const rank = (order: readonly string[]) => (id: string) => order.indexOf(id);
const plain = (id: string): CandidateInstrument => ({ id, name: { nb: id }, householdGoals: [], criteria: [], actors: [] });
const link = (id: string, type: RelationType, from: string, to: string): CandidateRelation => relation({ id, type, from, to, rationale: { nb: `Grunn ${id}`, en: `Reason ${id}` } });
const ids = (plans: readonly Combination[]): string[][] => plans.map((plan) => [...plan.instrumentIds]);

describe('orderSteps', () => {
  const pre = (from: string, to: string): CandidateRelation => relation({ id: `${from}-${to}`, type: 'PRECONDITION_FOR', from, to, rationale: { nb: '-' } });

  it('puts every precondition before what it is a precondition for, whatever the rank', () => {
    expect(orderSteps(['a', 'b', 'c'], [pre('c', 'a'), pre('b', 'c')], rank(['a', 'b', 'c']))).toEqual(['b', 'c', 'a']);
  });

  it('does not hang on a cycle in the data', () => {
    expect(orderSteps(['a', 'b'], [pre('a', 'b'), pre('b', 'a')], rank(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('puts the base of a pattern before its add-on when no precondition decides', () => {
    const soft = [link('base', 'COMBINES_WITH', 'c', 'b')];
    expect(orderSteps(['a', 'b', 'c'], [], rank(['a', 'b', 'c']), soft)).toEqual(['a', 'c', 'b']);
  });
});

describe('relationsThatFit', () => {
  const owners = { ...link('owner-only', 'COMBINES_WITH', 'startlan', 'okonomisk-radgivning'), appliesWhen: { fact: 'housing' as const, op: 'eq' as const, value: 'OWNER' } };
  const buyers = { ...link('buyers', 'COMBINES_WITH', 'startlan', 'bostotte'), appliesWhen: { fact: 'goals' as const, op: 'includesAny' as const, value: ['BUY_HOME'] } };
  const everyone = link('everyone', 'COMBINES_WITH', 'startlan', 'tilskudd-etablering');

  it('leaves out a relation whose condition is NOT_MET for the household', () => {
    const tenant = factsOf(household({ housing: 'RENTING_PRIVATE', goals: ['RENT_HOME'] }));
    expect(relationsThatFit([owners, buyers, everyone], tenant).map((r) => r.id)).toEqual(['everyone']);
  });

  it('keeps one whose condition is MET or still unknown (no goal named yet)', () => {
    expect(relationsThatFit([owners, buyers, everyone], factsOf(household({ housing: 'OWNER', goals: [] }))).map((r) => r.id)).toEqual(['owner-only', 'buyers', 'everyone']);
  });

  it('so a relation that does not fit gives neither a step nor a reason', () => {
    const viable = [startlan, tilskuddEtablering, plain('okonomisk-radgivning')];
    const tenant = factsOf(household({ housing: 'RENTING_PRIVATE', goals: ['BUY_HOME'] }));
    const plans = buildCombinations({ viable, relations: relationsThatFit([owners, everyone], tenant), lang: 'NB', anchors: ['startlan'] });
    expect(ids(plans)).toEqual([['startlan', 'tilskudd-etablering']]);
    expect(plans.flatMap((plan) => plan.steps.map((step) => step.reasonRelationId))).not.toContain('owner-only');
    expect(plans.flatMap((plan) => plan.relationIds)).not.toContain('owner-only');
  });
});

describe('buildCombinations', () => {
  it('orders state bostøtte before social assistance and municipal bostøtte', () => {
    const [plan] = buildCombinations({ viable: [sosialhjelp, kommunalBostotte, bostotte], relations, lang: 'NB', anchors: ['bostotte'] });
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

  it('gives each step the reason of the relation that brought it in, with its sources and language', () => {
    const [plan] = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte], relations, lang: 'EN', anchors: ['startlan'] });
    expect(plan?.anchorId).toBe('startlan');
    const [first, ...rest] = plan?.steps ?? [];
    expect(first).toMatchObject({ instrumentId: 'startlan', anchor: true, reason: null, reasonRelationId: null, reasonSourceIds: [] });
    expect(rest.map((step) => [step.instrumentId, step.reasonRelationId, step.reason, step.reasonLanguage, step.reasonSourceIds])).toEqual([
      ['tilskudd-etablering', 'c1-startlan-etablering', 'The grant reduces the loan to what the household can service.', 'EN', ['src-c1-startlan-etablering']],
      ['bostotte', 'c1-startlan-bostotte', 'Housing allowance helps with housing costs after the purchase.', 'EN', ['src-c1-startlan-bostotte']],
    ]);
  });

  it('explains a step placed first by a precondition with that precondition, and uses each relation for one step only', () => {
    const [plan] = buildCombinations({ viable: [sosialhjelp, bostotte], relations, lang: 'NN', anchors: ['sosialhjelp-boutgifter'] });
    expect(plan?.steps.map((step) => [step.instrumentId, step.anchor, step.reasonRelationId, step.reasonLanguage])).toEqual([
      ['bostotte', false, 'p-bostotte-sosialhjelp', 'NB'],
      ['sosialhjelp-boutgifter', true, null, null],
    ]);
  });

  it('prefers the precondition that orders a step over the pattern that brought it in', () => {
    const viable = [plain('a'), plain('b')];
    const plans = buildCombinations({ viable, relations: [link('pattern', 'COMBINES_WITH', 'a', 'b'), link('order', 'PRECONDITION_FOR', 'a', 'b')], lang: 'NB', anchors: ['a'] });
    expect(plans[0]?.steps.map((step) => step.reasonRelationId)).toEqual([null, 'order']);
  });

  it('never puts two instruments that exclude each other in one plan: each alternative is its own plan', () => {
    const plans = buildCombinations({ viable: [startlan, tilpasning, navHeis], relations, lang: 'NB', anchors: ['tilskudd-tilpasning', 'nav-tilskudd-i-stedet-for-heis'] });
    expect(ids(plans)).toEqual([
      ['tilskudd-tilpasning', 'startlan'],
      ['nav-tilskudd-i-stedet-for-heis', 'startlan'],
    ]);
    expect(plans[0]?.leftOut).toEqual([
      {
        instrumentId: 'nav-tilskudd-i-stedet-for-heis',
        relationId: 'x12-heis-tilpasning',
        excludedBy: 'tilskudd-tilpasning',
        reason: 'Tilskuddet i stedet for heis kan ikke kombineres med å bygge heisen.',
        language: 'NB',
        sourceIds: ['src-x12-heis-tilpasning'],
      },
    ]);
  });

  it('splits the partners of one anchor at an exclusion between them', () => {
    const viable = ['hub', 'buy', 'rent', 'advice'].map(plain);
    const links = [link('h-buy', 'COMBINES_WITH', 'hub', 'buy'), link('h-rent', 'COMBINES_WITH', 'hub', 'rent'), link('h-advice', 'COMBINES_WITH', 'hub', 'advice'), link('buy-or-rent', 'EXCLUDES', 'buy', 'rent')];
    expect(ids(buildCombinations({ viable, relations: links, lang: 'NB', anchors: ['hub'] }))).toEqual([
      ['hub', 'buy', 'advice'],
      ['hub', 'rent', 'advice'],
    ]);
  });

  it('takes only the instruments it is given (the non-UNLIKELY ones)', () => {
    expect(buildCombinations({ viable: [startlan, sosialhjelp], relations, lang: 'NB' })).toEqual([]);
  });

  it('builds a plan only from the anchor’s own relations: a pattern pointing at the anchor brings nothing in', () => {
    const plans = buildCombinations({ viable: [startlan, tilpasning], relations, lang: 'NB', anchors: ['startlan'] });
    expect(plans).toEqual([]);
  });

  it('drops a plan contained in another', () => {
    const plans = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte, sosialhjelp], relations, lang: 'NB' });
    expect(ids(plans)).toEqual([
      ['startlan', 'tilskudd-etablering', 'bostotte'],
      ['bostotte', 'sosialhjelp-boutgifter'],
    ]);
  });

  it('takes in only the joinable instruments next to an anchor', () => {
    const plans = buildCombinations({ viable: [startlan, tilskuddEtablering, bostotte], relations, lang: 'NB', anchors: ['startlan'], joinable: ['tilskudd-etablering'] });
    expect(ids(plans)).toEqual([['startlan', 'tilskudd-etablering']]);
  });

  it(`stops at ${MAX_STEPS} steps, the anchor's preconditions first, then its patterns by relevance`, () => {
    const partners = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const viable = [...partners, 'first', 'anchor'].map(plain);
    const links = [...partners.map((id) => link(`a-${id}`, 'COMBINES_WITH', 'anchor', id)), link('first-anchor', 'PRECONDITION_FOR', 'first', 'anchor')];
    const [plan, ...others] = buildCombinations({ viable, relations: links, lang: 'NB', anchors: ['anchor'] });
    expect(others).toEqual([]);
    expect(plan?.instrumentIds).toEqual(['first', 'anchor', 'p1', 'p2', 'p3']);
    expect(plan?.steps.map((step) => step.reasonRelationId)).toEqual(['first-anchor', null, 'a-p1', 'a-p2', 'a-p3']);
  });
});

/** The real relations (seeds/relations.yaml) under the household's conditions: the data and the rules together. */
describe('plans from the seed relations', () => {
  const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../seeds');
  let seedRelations: readonly CandidateRelation[] = [];
  beforeAll(async () => {
    const seeds = await loadSeeds(SEED_DIR);
    expect(seeds.problems).toEqual([]);
    seedRelations = candidatesFromSeedGraph(seeds.graph).relations;
  });

  it('gives a single mother renting privately who wants to buy short plans, with the alternatives apart', () => {
    const mother = factsOf(household({ adults: 1, children: 1, annualHouseholdIncome: 280000, housing: 'RENTING_PRIVATE', goals: ['BUY_HOME', 'LOWER_HOUSING_COSTS'] }));
    const viable = [
      'bostotte',
      'boligsosial-bistand',
      'leie-til-eie',
      'okonomisk-radgivning',
      'startlan',
      'tilskudd-etablering',
      'startlan-forstegang',
      'sosialhjelp-boutgifter',
      'kommunal-bostotte',
      'kommunal-utleiebolig',
      'bo-oppfolging',
    ].map(plain);
    const anchors = ['bostotte', 'boligsosial-bistand', 'leie-til-eie', 'startlan', 'tilskudd-etablering', 'startlan-forstegang'];
    const plans = buildCombinations({ viable, relations: relationsThatFit(seedRelations, mother), lang: 'NB', anchors });

    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      expect(plan.steps.length).toBeLessThanOrEqual(MAX_STEPS);
      const has = (id: string): boolean => plan.instrumentIds.includes(id);
      // Alternatives are never steps of one chain.
      expect(has('leie-til-eie') && has('startlan'), plan.instrumentIds.join(' → ')).toBe(false);
      expect(has('leie-til-eie') && has('tilskudd-etablering'), plan.instrumentIds.join(' → ')).toBe(false);
      expect(has('startlan') && has('startlan-forstegang'), plan.instrumentIds.join(' → ')).toBe(false);
      // Reasons only for this household: she rents privately and wants to buy (no forced sale, no refinancing, no municipal tenancy).
      for (const step of plan.steps) expect(step.reason ?? '').not.toMatch(/tvangssalg|Refinansiering|Leietaker i kommunal bolig|Familie i kommunal bolig/);
    }
    expect(plans.map((plan) => plan.instrumentIds.join(' → '))).not.toContain(
      'bostotte → boligsosial-bistand → leie-til-eie → okonomisk-radgivning → startlan → tilskudd-etablering',
    );

    const loan = plans.find((plan) => plan.anchorId === 'startlan');
    expect(loan?.instrumentIds).toEqual(['startlan', 'tilskudd-etablering', 'bostotte']);
    expect(loan?.steps.map((step) => step.reasonRelationId)).toEqual([null, 'p1', 'c1b']);
    expect(loan?.leftOut.map((left) => left.instrumentId)).toEqual(expect.arrayContaining(['leie-til-eie', 'startlan-forstegang']));
    const rentToOwn = plans.find((plan) => plan.anchorId === 'leie-til-eie');
    expect(rentToOwn?.instrumentIds).toEqual(['leie-til-eie', 'okonomisk-radgivning']);
    expect(rentToOwn?.leftOut.map((left) => left.relationId)).toEqual(expect.arrayContaining(['c7b', 'c7c']));
  });

  it('makes Housing First and a municipal rental dwelling one plan, the dwelling right after it', () => {
    const homeless = factsOf(household({ housing: 'HOMELESS', substanceUseOrMentalHealth: true, goals: ['RENT_HOME', 'SUPPORT_TO_LIVE'] }));
    const viable = ['housing-first', 'kommunal-utleiebolig', 'bo-oppfolging', 'fact-act', 'bostotte', 'midlertidig-botilbud'].map(plain);
    const plans = buildCombinations({ viable, relations: relationsThatFit(seedRelations, homeless), lang: 'EN', anchors: ['housing-first', 'midlertidig-botilbud'] });
    const plan = plans.find((candidate) => candidate.anchorId === 'housing-first');
    expect(plan?.instrumentIds.slice(0, 2)).toEqual(['housing-first', 'kommunal-utleiebolig']);
    expect(plan?.steps[1]).toMatchObject({ reasonRelationId: 'c16', reasonLanguage: 'EN' });
    expect(plan?.steps[1]?.reason).toMatch(/^Housing First is normally delivered in a municipal rental dwelling/);
    expect(plan?.steps.length).toBeLessThanOrEqual(MAX_STEPS);
    // The staircase (temporary accommodation before the dwelling) is not part of Housing First.
    expect(plan?.instrumentIds).not.toContain('midlertidig-botilbud');
  });

  it('keeps the owners-at-risk reason out of a tenant’s plan and gives it to an owner', () => {
    const viable = ['startlan', 'okonomisk-radgivning', 'tilskudd-etablering'].map(plain);
    const planFor = (housing: 'OWNER' | 'RENTING_PRIVATE') =>
      buildCombinations({ viable, relations: relationsThatFit(seedRelations, factsOf(household({ housing, goals: ['KEEP_HOME'] }))), lang: 'NB', anchors: ['startlan'] })[0];
    expect(planFor('OWNER')?.steps.find((step) => step.instrumentId === 'okonomisk-radgivning')?.reasonRelationId).toBe('c2a');
    expect(planFor('RENTING_PRIVATE')?.instrumentIds ?? []).not.toContain('okonomisk-radgivning');
  });
});
