/**
 * One instrument against one household: each tested criterion with its outcome and explanation,
 * the status (eligibility alone), its relevance and reasons, what would need to change, and what
 * the caseworker must check.
 */
import { pickText } from '../../common/lang.ts';
import { factsReadBy } from './condition.ts';
import { whyNotOf, explainOutcome } from './explain.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { relevanceOf } from './relevance.ts';
import { goalOutcome, restsOnDiscretion, statusOf } from './status.ts';
import { traceCondition, type ConditionTrace } from './trace.ts';
import type { Assessment, CandidateCriterion, CandidateInstrument, CheckItem, CriterionResult, Facts, Lang, WhyNot } from './types.ts';

interface Traced {
  criterion: CandidateCriterion;
  trace: ConditionTrace;
}

function criterionResult({ criterion, trace }: Traced, facts: Facts, lang: Lang): CriterionResult {
  const explanation = explainOutcome(criterion, trace, facts, lang);
  return {
    criterionId: criterion.id,
    outcome: trace.outcome,
    explanation: explanation.text,
    language: explanation.language,
    required: criterion.required,
    discretionary: criterion.discretionary,
    facts: criterion.test ? factsReadBy(criterion.test) : [],
    thresholdYear: criterion.thresholdYear,
    sourceIds: criterion.sourceIds,
  };
}

function checkItem(criterion: CandidateCriterion, lang: Lang): CheckItem {
  const text = pickText(criterion.text, lang);
  return { criterionId: criterion.id, text: text.text, language: text.lang, sourceIds: criterion.sourceIds };
}

function whyNotList(traced: readonly Traced[], facts: Facts, lang: Lang): WhyNot[] {
  return traced.filter(({ criterion, trace }) => criterion.required && trace.outcome === 'NOT_MET').map(({ criterion, trace }) => whyNotOf(criterion, trace, facts, lang));
}

export function assessInstrument(instrument: CandidateInstrument, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): Assessment {
  // Each test is evaluated once, into a trace; the explanations are words made from the traces.
  const traced: Traced[] = instrument.criteria.flatMap((criterion) => (criterion.test ? [{ criterion, trace: traceCondition(criterion.test, facts, limits) }] : []));
  const criteria = traced.map((item) => criterionResult(item, facts, lang));
  const status = statusOf(criteria);
  const goal = goalOutcome(instrument, facts.goals);
  const { relevance, reasons } = relevanceOf(instrument, facts, lang, limits);
  return {
    instrumentId: instrument.id,
    status,
    criteria,
    whyNot: status === 'UNLIKELY' ? whyNotList(traced, facts, lang) : [],
    toCheck: instrument.criteria.filter((criterion) => !criterion.test).map((criterion) => checkItem(criterion, lang)),
    servesGoal: goal === null || goal !== 'NOT_MET',
    relevance,
    reasons,
    discretionary: restsOnDiscretion(instrument),
  };
}
