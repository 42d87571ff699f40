/**
 * Three-valued evaluation of the criterion DSL (see docs/graph-model.md, "Criteria as data"):
 * a comparison with an unknown fact is UNKNOWN, and `anyOf` / `allOf` / `not` follow Kleene logic,
 * so a condition is decided as soon as the known facts decide it.
 */
import { comparisonsIn } from '../../../seed/schema.ts';
import type { Comparison, Condition, CriterionOutcome, FactValue, Facts, SituationFact } from './types.ts';

type Scalar = number | boolean | string;
type Expected = Scalar | readonly Scalar[] | undefined;

export function isComparison(condition: Condition): condition is Comparison {
  return 'fact' in condition;
}

export function evaluateCondition(condition: Condition, facts: Facts): CriterionOutcome {
  if ('anyOf' in condition) return anyOf(condition.anyOf.map((inner) => evaluateCondition(inner, facts)));
  if ('allOf' in condition) return allOf(condition.allOf.map((inner) => evaluateCondition(inner, facts)));
  if ('not' in condition) return negate(evaluateCondition(condition.not, facts));
  return evaluateComparison(condition, facts);
}

function anyOf(outcomes: readonly CriterionOutcome[]): CriterionOutcome {
  if (outcomes.includes('MET')) return 'MET';
  return outcomes.includes('UNKNOWN') ? 'UNKNOWN' : 'NOT_MET';
}

function allOf(outcomes: readonly CriterionOutcome[]): CriterionOutcome {
  if (outcomes.includes('NOT_MET')) return 'NOT_MET';
  return outcomes.includes('UNKNOWN') ? 'UNKNOWN' : 'MET';
}

function negate(outcome: CriterionOutcome): CriterionOutcome {
  if (outcome === 'UNKNOWN') return outcome;
  return outcome === 'MET' ? 'NOT_MET' : 'MET';
}

/**
 * The value a comparison compares with. A `valueByHouseholdSize` list is indexed by household
 * size (entry i = i + 1 persons; the last entry covers every larger household).
 */
export function expectedValue(comparison: Comparison, facts: Facts): Expected {
  const bySize = comparison.valueByHouseholdSize;
  if (bySize) {
    const size = typeof facts.householdSize === 'number' ? facts.householdSize : 1;
    return bySize[Math.min(Math.max(size, 1), bySize.length) - 1];
  }
  return comparison.value;
}

export function evaluateComparison(comparison: Comparison, facts: Facts): CriterionOutcome {
  const actual = facts[comparison.fact];
  const expected = expectedValue(comparison, facts);
  // Unknown facts stay unknown; a value the seed forgot cannot decide anything either.
  if (actual === null || expected === undefined) return 'UNKNOWN';
  const result = Array.isArray(actual) ? compareList(comparison.op, actual, expected) : compareScalar(comparison.op, actual as Scalar, expected);
  if (result === undefined) return 'UNKNOWN';
  return result ? 'MET' : 'NOT_MET';
}

/** Undefined when the operator does not fit the values (a seed error): never claim MET on nonsense. */
function compareScalar(op: Comparison['op'], actual: Scalar, expected: Exclude<Expected, undefined>): boolean | undefined {
  const list = Array.isArray(expected) ? expected : undefined;
  switch (op) {
    case 'eq':
      return list ? undefined : actual === expected;
    case 'ne':
      return list ? undefined : actual !== expected;
    case 'in':
    case 'includesAny':
      return list ? list.includes(actual) : actual === expected;
    case 'notIn':
      return list ? !list.includes(actual) : actual !== expected;
    default:
      return compareNumbers(op, actual, expected);
  }
}

function compareNumbers(op: 'lt' | 'lte' | 'gt' | 'gte', actual: Scalar, expected: Exclude<Expected, undefined>): boolean | undefined {
  if (typeof actual !== 'number' || typeof expected !== 'number') return undefined;
  if (op === 'lt') return actual < expected;
  if (op === 'lte') return actual <= expected;
  if (op === 'gt') return actual > expected;
  return actual >= expected;
}

/** For the `goals` list. An empty list means the household has not said what it wants: unknown. */
function compareList(op: Comparison['op'], actual: readonly string[], expected: Exclude<Expected, undefined>): boolean | undefined {
  if (actual.length === 0) return undefined;
  const wanted: readonly Scalar[] = Array.isArray(expected) ? expected : [expected as Scalar];
  const shared = actual.some((item) => wanted.includes(item));
  if (op === 'includesAny' || op === 'in' || op === 'eq') return shared;
  if (op === 'notIn' || op === 'ne') return !shared;
  return undefined;
}

export { comparisonsIn };

/** The facts a condition reads, each once, in order of appearance. */
export function factsReadBy(condition: Condition): SituationFact[] {
  return [...new Set(comparisonsIn(condition).map((comparison) => comparison.fact))];
}

/**
 * Values worth trying for an unknown fact, within the fact's own domain: both booleans; for a number
 * every threshold it is compared with, one below and one above; for a string every listed value and
 * one that matches nothing. Together they reach every outcome the comparisons can have.
 */
export function probeValues(kind: 'boolean' | 'number' | 'string', fact: SituationFact, comparisons: readonly Comparison[], facts: Facts): FactValue[] {
  if (kind === 'boolean') return [true, false];
  const probes = new Set<number | string>(kind === 'number' ? [0] : ['\u0000']);
  for (const comparison of comparisons) {
    if (comparison.fact !== fact) continue;
    const expected = expectedValue(comparison, facts);
    for (const value of Array.isArray(expected) ? expected : [expected]) {
      if (kind === 'number' && typeof value === 'number') [value - 1, value, value + 1].forEach((probe) => probes.add(Math.max(0, probe)));
      if (kind === 'string' && typeof value === 'string') probes.add(value);
    }
  }
  return [...probes];
}
