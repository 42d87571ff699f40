/**
 * Benchmark of the pure situation engine (no database): a deterministic synthetic candidate set the
 * size of the real one (1×) and 100 times larger (100×), built with a seeded PRNG, evaluated for a
 * fixed list of households. Reports p50/p95 per evaluation and per candidate instrument, to show
 * the work grows with the candidates. Run: npx tsx bench/situation-engine.ts [iterations]
 */
import { evaluateSituation } from '../server/src/modules/situation/engine/evaluate.ts';
import { HOUSEHOLD_GOALS, HOUSING_SITUATIONS, RELATION_TYPES } from '../server/src/vocabulary/index.ts';
import type { CandidateCriterion, CandidateInstrument, CandidateRelation, CandidateSet, Condition, SituationInput } from '../server/src/modules/situation/engine/types.ts';
import { seededRandom } from './lib/seeded-random.ts';

/** About the real seed: instruments for households, criteria each, relations among them. */
const REAL = { instruments: 32, criteriaPerInstrument: 6, relations: 45 };


type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const BOOLEAN_FACTS = ['bankLoanRefused', 'canServiceLoan', 'reducedFunctionalAbility', 'substanceUseOrMentalHealth', 'settledRefugee', 'leavingChildWelfare', 'leavingPrison', 'student', 'conscript', 'paymentProblems', 'hasChildren'] as const;

function comparison(random: Random): Condition {
  const kind = random();
  if (kind < 0.45) return { fact: pick(random, BOOLEAN_FACTS), op: 'eq', value: random() < 0.7 };
  if (kind < 0.65) return { fact: 'annualHouseholdIncome', op: 'lte', valueByHouseholdSize: [250000, 300000, 350000, 400000, 450000].map((v) => v + Math.round(random() * 100000)) };
  if (kind < 0.8) return { fact: 'applicantAge', op: pick(random, ['gte', 'lt'] as const), value: 16 + Math.floor(random() * 60) };
  if (kind < 0.95) return { fact: 'housing', op: pick(random, ['in', 'notIn'] as const), value: HOUSING_SITUATIONS.filter(() => random() < 0.4) };
  return { fact: 'municipalityNumber', op: 'in', value: ['0301', '4601', '5001'] };
}

function condition(random: Random): Condition {
  const shape = random();
  if (shape < 0.7) return comparison(random);
  if (shape < 0.85) return { anyOf: [comparison(random), comparison(random)] };
  if (shape < 0.95) return { not: comparison(random) };
  return { allOf: [comparison(random), comparison(random)] };
}

function criterion(random: Random, id: string, order: number): CandidateCriterion {
  const tested = random() < 0.8;
  return {
    id,
    order,
    text: { nb: `Vilkår ${id}`, en: random() < 0.5 ? `Condition ${id}` : undefined },
    test: tested ? condition(random) : null,
    required: random() < 0.85,
    discretionary: random() < 0.08,
    explain: random() < 0.3 ? { notMet: { nb: 'Over grensen for {householdSize} personer ({threshold})' } } : null,
    whyNot: null,
    thresholdYear: random() < 0.3 ? 2024 : null,
    sourceIds: [`src-${id}`],
    // A few criteria out of force, as the real data has periods.
    validFrom: random() < 0.1 ? '2030-01-01' : null,
    validTo: null,
  };
}

function instrument(random: Random, index: number): CandidateInstrument {
  const id = `instrument-${index}`;
  const criteriaCount = 1 + Math.floor(random() * (REAL.criteriaPerInstrument * 2 - 1));
  return {
    id,
    name: { nb: `Virkemiddel ${index}`, nn: `Verkemiddel ${index}`, en: `Instrument ${index}` },
    householdGoals: random() < 0.25 ? [] : HOUSEHOLD_GOALS.filter(() => random() < 0.3),
    criteria: Array.from({ length: criteriaCount }, (_, n) => criterion(random, `${id}-c${n}`, n)),
    actors: [{ id: `actor-${index % 7}`, role: random() < 0.5 ? 'DECIDED_BY' : 'DELIVERED_BY', name: { nb: `Aktør ${index % 7}` } }],
  };
}

/** Relations between nearby instruments, so the set has many small plans, as the real one does. */
function relation(random: Random, index: number, instruments: number): CandidateRelation {
  const from = Math.floor(random() * instruments);
  const to = Math.min(instruments - 1, from + 1 + Math.floor(random() * 4));
  const type = random() < 0.6 ? RELATION_TYPES[0] : random() < 0.75 ? RELATION_TYPES[1] : RELATION_TYPES[2];
  return { id: `r${index}`, type, from: `instrument-${from}`, to: `instrument-${to === from ? from + 1 : to}`, rationale: { nb: `Begrunnelse ${index}` }, sourceIds: [`src-r${index}`], validFrom: null, validTo: null };
}

function candidateSet(scale: number, seed: number): CandidateSet {
  const random = seededRandom(seed);
  const count = REAL.instruments * scale;
  return {
    instruments: Array.from({ length: count }, (_, index) => instrument(random, index)),
    relations: Array.from({ length: REAL.relations * scale }, (_, index) => relation(random, index, count)).filter((r) => r.from !== r.to),
  };
}

function households(seed: number, count: number): SituationInput[] {
  const random = seededRandom(seed);
  const maybe = <T>(value: T): T | null => (random() < 0.4 ? null : value);
  return Array.from({ length: count }, () => ({
    adults: 1 + Math.floor(random() * 2),
    children: Math.floor(random() * 3),
    applicantAge: maybe(18 + Math.floor(random() * 60)),
    annualHouseholdIncome: maybe(Math.round(random() * 800000)),
    municipalityNumber: maybe(pick(random, ['0301', '4601', '1804'])),
    housing: pick(random, HOUSING_SITUATIONS),
    goals: HOUSEHOLD_GOALS.filter(() => random() < 0.3),
    ...Object.fromEntries(BOOLEAN_FACTS.filter((fact) => fact !== 'hasChildren').map((fact) => [fact, maybe(random() < 0.5)])),
  }));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function run(scale: number, iterations: number): void {
  const candidates = candidateSet(scale, 42);
  const inputs = households(7, 20);
  for (let i = 0; i < Math.min(5, iterations); i++) evaluateSituation(candidates, inputs[i % inputs.length] as SituationInput, '2025-01-01', 'NB');
  const times: number[] = [];
  let combinations = 0;
  let questions = 0;
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    const result = evaluateSituation(candidates, inputs[i % inputs.length] as SituationInput, '2025-01-01', i % 3 === 0 ? 'EN' : 'NB');
    times.push(performance.now() - started);
    combinations += result.combinations.length;
    questions += result.openQuestions.length;
  }
  times.sort((a, b) => a - b);
  const n = candidates.instruments.length;
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(
    `${String(scale).padStart(3)}×  ${String(n).padStart(5)} instruments  ${String(candidates.relations.length).padStart(5)} relations  ` +
      `p50 ${p50.toFixed(2).padStart(8)} ms  p95 ${p95.toFixed(2).padStart(8)} ms  ` +
      `p50 per instrument ${((p50 * 1000) / n).toFixed(1).padStart(6)} µs  ` +
      `(avg ${(combinations / iterations).toFixed(1)} plans, ${(questions / iterations).toFixed(1)} questions)`,
  );
}

const iterations = Number(process.argv[2] ?? 200);
console.log(`situation engine, pure evaluation, ${iterations} iterations at 1×, ${Math.max(10, Math.round(iterations / 10))} at 100× (Node ${process.version})`);
run(1, iterations);
run(100, Math.max(10, Math.round(iterations / 10)));
