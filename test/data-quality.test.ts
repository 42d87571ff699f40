/**
 * Quality gates for the graph's content (seeds/*.yaml). No database: the seeds are loaded and
 * built in memory exactly as the import pipeline does, and the resulting nodes and relationships
 * are checked. A failure here means the content is wrong or incomplete, not the code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship } from '../server/src/seed/build-graph.ts';
import { loadSeeds, type LoadedSeeds } from '../server/src/seed/load-seeds.ts';
import type { Condition } from '../server/src/seed/schema.ts';
import { RELATION_TYPES, UNSOURCED_TYPES } from '../server/src/vocabulary/index.ts';
import { evaluateCondition } from '../server/src/modules/situation/engine/condition.ts';
import { factsOf } from '../server/src/modules/situation/engine/facts.ts';
import type { CriterionOutcome, SituationInput } from '../server/src/modules/situation/engine/types.ts';

const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

/** The instrument ids the issue (#3) fixes; clients and URLs depend on them. */
const REQUIRED_INSTRUMENT_IDS = [
  'startlan', 'startlan-forstegang', 'bostotte', 'tilskudd-etablering', 'tilskudd-tilpasning', 'tilskudd-utredning-prosjektering',
  'tilskudd-utleieboliger', 'lan-utleieboliger', 'lan-boligkvalitet', 'investeringstilskudd', 'tilskudd-boligtiltak', 'boligsosial-bistand',
  'kommunal-utleiebolig', 'kommunal-bostotte', 'bo-oppfolging', 'housing-first', 'leie-til-eie', 'sosialhjelp-boutgifter', 'depositumsgaranti',
  'midlertidig-botilbud', 'okonomisk-radgivning', 'individuell-plan', 'heldogns-omsorg', 'tilskudd-kommunalt-rusarbeid', 'fact-act',
  'nav-tilskudd-i-stedet-for-heis', 'ettervern', 'bosetting-flyktninger', 'integreringstilskudd', 'tilbakeforingsgaranti', 'husleieloven-11-1',
] as const;

/** Successors the domain notes name; each must be modelled as REPLACED_BY. */
const KNOWN_SUCCESSORS: readonly (readonly [string, string])[] = [
  ['kompetansetilskudd-boligsosialt', 'tilskudd-boligtiltak'],
  ['forskrift-startlan-2014', 'forskrift-lan-husbanken'],
  ['forskrift-grunnlan', 'forskrift-lan-husbanken'],
  ['helse-og-omsorgstjenesteloven-3-7', 'boligsosialloven-6'],
  ['barnevernloven-1992', 'barnevernsloven-2021'],
  ['bolig-for-velferd', 'alle-trenger-et-trygt-hjem'],
];

/**
 * Relationship types that only attach a part to its owner (the part carries the sources): an
 * instrument's detail, a limit table's group, a criterion's table. Every other relationship is a
 * fact and needs its own sources.
 */
const STRUCTURAL_WITHOUT_SOURCES = new Set<string>(UNSOURCED_TYPES);
const TYPED_INSTRUMENT_RELATIONS = new Set<string>(RELATION_TYPES);

/** The date the scenarios are evaluated at: the date the content was compiled. */
const AS_OF = '2026-11-24';

let seeds: LoadedSeeds;
beforeAll(async () => {
  seeds = await loadSeeds(SEED_DIR);
});

const nodesWithLabel = (label: string): GraphNode[] => seeds.graph.nodes.filter((node) => node.label === label);
const nodeById = (id: string): GraphNode | undefined => seeds.graph.nodes.find((node) => node.id === id);
const outgoing = (id: string, type: string): GraphRelationship[] => seeds.graph.relationships.filter((r) => r.from === id && r.type === type);
const where = (node: GraphNode): string => `${node.id} (${node.at.file}:${node.at.line})`;
const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;

function inForceAt(props: Record<string, unknown>, date: string): boolean {
  const from = props.validFrom as string | null;
  const to = props.validTo as string | null;
  return (from === null || from <= date) && (to === null || to >= date);
}

interface CriterionResult {
  id: string;
  required: boolean;
  facts: string[];
  outcome: CriterionOutcome | 'NO_TEST';
}

function factsIn(condition: Condition): string[] {
  if ('anyOf' in condition) return condition.anyOf.flatMap(factsIn);
  if ('allOf' in condition) return condition.allOf.flatMap(factsIn);
  if ('not' in condition) return factsIn(condition.not);
  return [condition.fact];
}

/** Evaluates every criterion of an instrument in force at AS_OF against a situation. */
function evaluateInstrument(instrumentId: string, input: SituationInput): CriterionResult[] {
  const facts = factsOf(input);
  return nodesWithLabel('Criterion')
    .filter((node) => node.props.instrumentId === instrumentId && inForceAt(node.props, AS_OF))
    .map((node) => {
      const test = node.props.test === null ? null : (JSON.parse(node.props.test as string) as Condition);
      return {
        id: node.id,
        required: node.props.required === true,
        facts: test ? factsIn(test) : [],
        outcome: test ? evaluateCondition(test, facts) : 'NO_TEST',
      };
    });
}

const notMet = (results: readonly CriterionResult[]): string[] => results.filter((r) => r.outcome === 'NOT_MET').map((r) => r.id);
const requiredNotMet = (results: readonly CriterionResult[]): string[] => results.filter((r) => r.required && r.outcome === 'NOT_MET').map((r) => r.id);

describe('the seed files', () => {
  it('load with zero problems', () => {
    expect(seeds.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)).toEqual([]);
  });

  it('hold every instrument id the issue fixes, plus the ended competence grant', () => {
    const ids = new Set(nodesWithLabel('Instrument').map((node) => node.id));
    const missing = [...REQUIRED_INSTRUMENT_IDS, 'kompetansetilskudd-boligsosialt'].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});

describe('every instrument', () => {
  const instrumentsLacking = (check: (instrument: GraphNode) => boolean): string[] => nodesWithLabel('Instrument').filter((i) => !check(i)).map(where);

  it('has a deciding or delivering actor', () => {
    expect(instrumentsLacking((i) => outgoing(i.id, 'DECIDED_BY').length + outgoing(i.id, 'DELIVERED_BY').length > 0)).toEqual([]);
  });

  it('targets a group, serves a goal and is supported by a source', () => {
    expect(instrumentsLacking((i) => outgoing(i.id, 'TARGETS').length > 0)).toEqual([]);
    expect(instrumentsLacking((i) => outgoing(i.id, 'SERVES_GOAL').length > 0)).toEqual([]);
    expect(instrumentsLacking((i) => outgoing(i.id, 'SUPPORTED_BY').length > 0)).toEqual([]);
  });

  it('has a legal basis or says why it has none', () => {
    expect(instrumentsLacking((i) => outgoing(i.id, 'BASED_ON').length > 0 || hasText(i.props.noLegalBasisNote_nb))).toEqual([]);
  });

  it('that a household can use has at least one criterion', () => {
    expect(instrumentsLacking((i) => i.props.supplySide === true || outgoing(i.id, 'REQUIRES').length > 0)).toEqual([]);
  });

  it('that is supply-side has the supply-side kind and no household goals', () => {
    const supplySide = nodesWithLabel('Instrument').filter((i) => i.props.supplySide === true);
    const wrong = supplySide.filter((i) => !['supply_side_grant', 'supply_side_loan'].includes(i.props.kind as string) || (i.props.householdGoals as string[]).length > 0);
    expect(wrong.map(where)).toEqual([]);
  });
});

describe('provenance', () => {
  it('every typed relation and every link cites at least one source', () => {
    const unsourced = seeds.graph.relationships
      .filter((r) => !STRUCTURAL_WITHOUT_SOURCES.has(r.type))
      .filter((r) => !Array.isArray(r.props.sourceIds) || (r.props.sourceIds as unknown[]).length === 0)
      .map((r) => `${r.type} ${r.from} → ${r.to} (${r.at.file}:${r.at.line})`);
    expect(unsourced).toEqual([]);
  });

  it('every typed relation between instruments has an id and a rationale', () => {
    const typed = seeds.graph.relationships.filter((r) => TYPED_INSTRUMENT_RELATIONS.has(r.type));
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.filter((r) => !hasText(r.props.id) || !hasText(r.props.rationale_nb)).map((r) => r.key)).toEqual([]);
  });

  it('every unverified fact says in a note what to check', () => {
    const facts = [...seeds.graph.nodes.map((n) => ({ what: where(n), props: n.props })), ...seeds.graph.relationships.map((r) => ({ what: `${r.type} ${r.from} → ${r.to} (${r.at.file}:${r.at.line})`, props: r.props }))];
    const silent = facts.filter(({ props }) => props.confidence === 'unverified' && !hasText(props.note_en) && !hasText(props.note_nb)).map(({ what }) => what);
    expect(silent).toEqual([]);
  });
});

describe('history', () => {
  it('names the known successors', () => {
    const missing = KNOWN_SUCCESSORS.filter(([from, to]) => !outgoing(from, 'REPLACED_BY').some((r) => r.to === to)).map(([from, to]) => `${from} → ${to}`);
    expect(missing).toEqual([]);
  });

  it('every ended instrument points to a successor', () => {
    const ended = nodesWithLabel('Instrument').filter((i) => i.props.validTo !== null);
    expect(ended.filter((i) => outgoing(i.id, 'REPLACED_BY').length === 0).map(where)).toEqual([]);
  });

  it('renamed actors stay one node whose earlier names all have an end date', () => {
    const renamed = nodesWithLabel('Actor').filter((actor) => outgoing(actor.id, 'HAS_NAME').length > 0);
    expect(renamed.map((a) => a.id)).toEqual(expect.arrayContaining(['kdd', 'aid', 'bfd', 'statsforvalteren']));
    const openEnded = renamed.flatMap((actor) => outgoing(actor.id, 'HAS_NAME').map((r) => nodeById(r.to))).filter((period) => period?.props.validTo === null);
    expect(openEnded.map((p) => p?.id)).toEqual([]);
  });

  it('every actor that ended points to a successor', () => {
    const ended = nodesWithLabel('Actor').filter((actor) => actor.props.validTo !== null);
    expect(ended.filter((actor) => outgoing(actor.id, 'REPLACED_BY').length === 0).map(where)).toEqual([]);
  });
});

describe('relations between instruments', () => {
  it('never both combine and exclude the same pair', () => {
    const pair = (r: GraphRelationship): string => [r.from, r.to].sort().join(' + ');
    const excluded = new Set(seeds.graph.relationships.filter((r) => r.type === 'EXCLUDES').map(pair));
    const both = seeds.graph.relationships.filter((r) => r.type === 'COMBINES_WITH' && excluded.has(pair(r))).map(pair);
    expect(both).toEqual([]);
  });

  it('model the try-first rules', () => {
    const preconditions = seeds.graph.relationships.filter((r) => r.type === 'PRECONDITION_FOR').map((r) => `${r.from} → ${r.to}`);
    expect(preconditions).toEqual(expect.arrayContaining(['startlan → tilskudd-etablering', 'bostotte → sosialhjelp-boutgifter', 'bostotte → kommunal-bostotte']));
  });
});

describe('texts', () => {
  const missingTexts = (labels: readonly string[], fields: readonly string[]): string[] =>
    seeds.graph.nodes.filter((n) => labels.includes(n.label)).flatMap((n) => fields.filter((f) => !hasText(n.props[f])).map((f) => `${where(n)} lacks ${f}`));

  it('every actor, instrument, target group and goal is named in bokmål, nynorsk and English', () => {
    expect(missingTexts(['Actor', 'Instrument', 'TargetGroup', 'Goal'], ['name_nb', 'name_nn', 'name_en'])).toEqual([]);
  });

  it('every instrument, target group and goal is described in bokmål and English', () => {
    expect(missingTexts(['Instrument', 'TargetGroup', 'Goal'], ['description_nb', 'description_en'])).toEqual([]);
  });
});

describe('criteria against reference situations', () => {
  it('(1) a family renting privately, refused by the bank but able to service a loan, meets every startlån criterion it can', () => {
    const results = evaluateInstrument('startlan', {
      adults: 2, children: 2, housing: 'RENTING_PRIVATE', annualHouseholdIncome: 420_000, goals: ['BUY_HOME'], bankLoanRefused: true, canServiceLoan: true,
    });
    expect(notMet(results)).toEqual([]);
  });

  it('(2) a single tenant with nothing else known has an open income criterion for bostøtte', () => {
    const results = evaluateInstrument('bostotte', { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: ['LOWER_HOUSING_COSTS'] });
    const income = results.filter((r) => r.facts.includes('annualHouseholdIncome'));
    expect(income.length).toBeGreaterThan(0);
    expect(income.map((r) => r.outcome)).toEqual(income.map(() => 'UNKNOWN'));
  });

  it('(3) a nursing-home resident is not eligible for bostøtte (bustøttelova § 4)', () => {
    const results = evaluateInstrument('bostotte', { adults: 1, children: 0, applicantAge: 84, housing: 'INSTITUTION', goals: ['LOWER_HOUSING_COSTS'] });
    expect(requiredNotMet(results)).toContain('bostotte-not-institution');
  });

  it('(4) a homeless adult without income can get temporary accommodation but not a starter loan', () => {
    const homeless: SituationInput = { adults: 1, children: 0, applicantAge: 35, housing: 'HOMELESS', annualHouseholdIncome: 0, goals: [], canServiceLoan: false };
    expect(notMet(evaluateInstrument('midlertidig-botilbud', homeless))).toEqual([]);
    expect(requiredNotMet(evaluateInstrument('startlan', homeless))).toContain('startlan-can-service-loan');
  });

  it('(5) the aftercare age limit is 23 before 2021 and 25 from 2021', () => {
    const byId = (id: string): GraphNode | undefined => nodesWithLabel('Criterion').find((n) => n.id === id);
    expect(byId('ettervern-age-under-23')?.props.validTo).toBe('2020-12-31');
    expect(byId('ettervern-age-under-25')?.props.validFrom).toBe('2021-01-01');
    const results = evaluateInstrument('ettervern', { adults: 1, children: 0, applicantAge: 24, housing: 'RENTING_PRIVATE', goals: [], leavingChildWelfare: true });
    expect(notMet(results)).toEqual([]);
  });
});
