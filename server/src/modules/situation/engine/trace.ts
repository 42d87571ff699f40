/**
 * One evaluation of a criterion's test into a language-free trace: per comparison the fact, the
 * operator, the value read, the value compared with (or the range of limits from a table) and the
 * outcome, in the order they appear. The explanation (explain.ts) turns a trace into words for one
 * language without evaluating anything again.
 */
import { allOf, anyOf, evaluateComparison, expectedValue, negate } from './condition.ts';
import { limitRange, type LimitRange, type Limits } from './limits.ts';
import type { Comparison, Condition, CriterionOutcome, FactValue, Facts } from './types.ts';

export interface ComparisonTrace {
  comparison: Comparison;
  /** The value read (the `whenUnknown` reading when the household did not answer). */
  actual: FactValue;
  /** The value compared with, for the household's size; the lowest limit for a table. */
  expected: ReturnType<typeof expectedValue>;
  /** Every limit that could apply, for a table comparison. */
  range: LimitRange | null;
  outcome: CriterionOutcome;
}

export interface ConditionTrace {
  outcome: CriterionOutcome;
  /** Depth first, in the order the condition lists them. */
  comparisons: readonly ComparisonTrace[];
}

export function traceCondition(condition: Condition, facts: Facts, limits: Limits): ConditionTrace {
  const comparisons: ComparisonTrace[] = [];
  const walk = (inner: Condition): CriterionOutcome => {
    if ('anyOf' in inner) return anyOf(inner.anyOf.map(walk));
    if ('allOf' in inner) return allOf(inner.allOf.map(walk));
    if ('not' in inner) return negate(walk(inner.not));
    const outcome = evaluateComparison(inner, facts, limits);
    const given = facts[inner.fact];
    comparisons.push({
      comparison: inner,
      actual: given === null && inner.whenUnknown !== undefined ? inner.whenUnknown : given,
      expected: expectedValue(inner, facts, limits),
      range: inner.valueFromTable ? limitRange(inner, facts, limits) : null,
      outcome,
    });
    return outcome;
  };
  return { outcome: walk(condition), comparisons };
}
