/**
 * Three-valued evaluation of the criterion DSL (see docs/graph-model.md, "Criteria as data"):
 * a comparison with an unknown fact is UNKNOWN, and `anyOf` / `allOf` / `not` follow Kleene logic,
 * so a condition is decided as soon as the known facts decide it.
 */
import { comparisonsIn } from '../../../seed/schema.ts';
import { inForce as inForceAt } from './in-force.ts';
import { compareWithRange, limitRange, NO_LIMITS, tableAt, type Limits } from './limits.ts';
import type { Comparison, Condition, CriterionOutcome, FactValue, Facts, SituationFact } from './types.ts';

type Scalar = number | boolean | string;
type Expected = Scalar | readonly Scalar[] | undefined;

export function isComparison(condition: Condition): condition is Comparison {
  return 'fact' in condition;
}

export function evaluateCondition(condition: Condition, facts: Facts, limits: Limits = NO_LIMITS): CriterionOutcome {
  if ('anyOf' in condition) return anyOf(condition.anyOf.map((inner) => evaluateCondition(inner, facts, limits)));
  if ('allOf' in condition) return allOf(condition.allOf.map((inner) => evaluateCondition(inner, facts, limits)));
  if ('not' in condition) return negate(evaluateCondition(condition.not, facts, limits));
  return evaluateComparison(condition, facts, limits);
}

export function anyOf(outcomes: readonly CriterionOutcome[]): CriterionOutcome {
  if (outcomes.includes('MET')) return 'MET';
  return outcomes.includes('UNKNOWN') ? 'UNKNOWN' : 'NOT_MET';
}

export function allOf(outcomes: readonly CriterionOutcome[]): CriterionOutcome {
  if (outcomes.includes('NOT_MET')) return 'NOT_MET';
  return outcomes.includes('UNKNOWN') ? 'UNKNOWN' : 'MET';
}

export function negate(outcome: CriterionOutcome): CriterionOutcome {
  if (outcome === 'UNKNOWN') return outcome;
  return outcome === 'MET' ? 'NOT_MET' : 'MET';
}

/**
 * The value a comparison compares with. A `valueByHouseholdSize` list is indexed by household
 * size (entry i = i + 1 persons; the last entry covers every larger household). For a limit table
 * it is the lowest limit that could apply (the whole range is in limitRange).
 */
export function expectedValue(comparison: Comparison, facts: Facts, limits: Limits = NO_LIMITS): Expected {
  if (comparison.valueFromTable) return limitRange(comparison, facts, limits)?.low;
  const bySize = comparison.valueByHouseholdSize;
  if (bySize) {
    const size = typeof facts.householdSize === 'number' ? facts.householdSize : 1;
    return bySize[Math.min(Math.max(size, 1), bySize.length) - 1];
  }
  return comparison.value;
}

export function evaluateComparison(comparison: Comparison, facts: Facts, limits: Limits = NO_LIMITS): CriterionOutcome {
  const given = facts[comparison.fact];
  const actual = given === null && comparison.whenUnknown !== undefined ? comparison.whenUnknown : given;
  // A value the seed lists as undecided ("staying with others") settles nothing either way.
  if (actual !== null && !Array.isArray(actual) && comparison.unknownWhen?.includes(actual as Scalar)) return 'UNKNOWN';
  if (comparison.valueFromTable) return tableOutcome(comparison, actual, facts, limits);
  const expected = expectedValue(comparison, facts);
  // Unknown facts stay unknown; a value the seed forgot cannot decide anything either.
  if (actual === null || expected === undefined) return 'UNKNOWN';
  const result = Array.isArray(actual) ? compareList(comparison.op, actual, expected) : compareScalar(comparison.op, actual as Scalar, expected);
  if (result === undefined) return 'UNKNOWN';
  return result ? 'MET' : 'NOT_MET';
}

/** A comparison with a limit table: decided only when every limit that could apply agrees. */
function tableOutcome(comparison: Comparison, actual: FactValue, facts: Facts, limits: Limits): CriterionOutcome {
  const range = limitRange(comparison, facts, limits);
  if (typeof actual !== 'number' || !range) return 'UNKNOWN';
  const result = compareWithRange(comparison.op, actual, range);
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

/**
 * The facts a condition reads, each once, in order of appearance. A limit table also reads the
 * municipality (for its group); the household size is always known.
 */
export function factsReadBy(condition: Condition): SituationFact[] {
  return [
    ...new Set(comparisonsIn(condition).flatMap((comparison): SituationFact[] => (comparison.valueFromTable ? [comparison.fact, 'municipalityNumber'] : [comparison.fact]))),
  ];
}

/** One kommunenummer per group of the table that applies (and one in no group): every group can be tried. */
function municipalityProbes(comparison: Comparison, limits: Limits): string[] {
  const found = comparison.valueFromTable ? tableAt(limits.tables.get(comparison.valueFromTable.table) ?? [], limits.asOf) : null;
  if (!found) return [];
  return found.table.groups.flatMap((group) => group.municipalities.filter((m) => !m.partly && inForceAt(m, limits.asOf)).slice(0, 1).map((m) => m.number));
}

/**
 * Values worth trying for an unknown fact, within the fact's own domain: both booleans; for a number
 * every threshold it is compared with, one below and one above; for a string every listed value and
 * one that matches nothing. Together they reach every outcome the comparisons can have.
 */
export function probeValues(kind: 'boolean' | 'number' | 'string', fact: SituationFact, comparisons: readonly Comparison[], facts: Facts, limits: Limits = NO_LIMITS): FactValue[] {
  if (kind === 'boolean') return [true, false];
  const probes = new Set<number | string>(kind === 'number' ? [0] : ['\u0000']);
  for (const comparison of comparisons) {
    if (fact === 'municipalityNumber' && comparison.valueFromTable) municipalityProbes(comparison, limits).forEach((probe) => probes.add(probe));
    if (comparison.fact !== fact) continue;
    const range = limitRange(comparison, facts, limits);
    if (range && kind === 'number') [range.low - 1, range.low, range.low + 1, range.high, range.high + 1].filter(Number.isFinite).forEach((probe) => probes.add(Math.max(0, probe)));
    const expected = expectedValue(comparison, facts);
    for (const value of Array.isArray(expected) ? expected : [expected]) {
      if (kind === 'number' && typeof value === 'number') [value - 1, value, value + 1].forEach((probe) => probes.add(Math.max(0, probe)));
      if (kind === 'string' && typeof value === 'string') probes.add(value);
    }
  }
  return [...probes];
}
