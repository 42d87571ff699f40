/**
 * One instrument against one household: each tested criterion with its outcome and explanation,
 * the status (eligibility alone), its relevance and reasons, what would need to change, and what
 * the caseworker must check.
 */
import { pickText } from '../../common/lang.ts';
import { evaluateCondition, factsReadBy } from './condition.ts';
import { whyNotOf, explainOutcome } from './explain.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { relevanceOf } from './relevance.ts';
import { goalOutcome, restsOnDiscretion, statusOf } from './status.ts';
import type { Assessment, CandidateCriterion, CandidateInstrument, CheckItem, CriterionResult, Facts, Lang, WhyNot } from './types.ts';

function criterionResult(criterion: CandidateCriterion & { test: NonNullable<CandidateCriterion['test']> }, facts: Facts, lang: Lang, limits: Limits): CriterionResult {
  const outcome = evaluateCondition(criterion.test, facts, limits);
  const explanation = explainOutcome(criterion, outcome, facts, lang, limits);
  return {
    criterionId: criterion.id,
    outcome,
    explanation: explanation.text,
    language: explanation.language,
    required: criterion.required,
    discretionary: criterion.discretionary,
    facts: factsReadBy(criterion.test),
    thresholdYear: criterion.thresholdYear,
    sourceIds: criterion.sourceIds,
  };
}

function checkItem(criterion: CandidateCriterion, lang: Lang): CheckItem {
  const text = pickText(criterion.text, lang);
  return { criterionId: criterion.id, text: text.text, language: text.lang, sourceIds: criterion.sourceIds };
}

function whyNotList(instrument: CandidateInstrument, results: readonly CriterionResult[], facts: Facts, lang: Lang, limits: Limits): WhyNot[] {
  const unmet = new Set(results.filter((result) => result.required && result.outcome === 'NOT_MET').map((result) => result.criterionId));
  const list: WhyNot[] = [];
  for (const criterion of instrument.criteria) {
    if (unmet.has(criterion.id)) list.push(whyNotOf(criterion, facts, lang, limits));
  }
  return list;
}

export function assessInstrument(instrument: CandidateInstrument, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): Assessment {
  const criteria = instrument.criteria.flatMap((criterion) => (criterion.test ? [criterionResult({ ...criterion, test: criterion.test }, facts, lang, limits)] : []));
  const status = statusOf(criteria);
  const goal = goalOutcome(instrument, facts.goals);
  const { relevance, reasons } = relevanceOf(instrument, facts, lang, limits);
  return {
    instrumentId: instrument.id,
    status,
    criteria,
    whyNot: status === 'UNLIKELY' ? whyNotList(instrument, criteria, facts, lang, limits) : [],
    toCheck: instrument.criteria.filter((criterion) => !criterion.test).map((criterion) => checkItem(criterion, lang)),
    servesGoal: goal === null || goal !== 'NOT_MET',
    relevance,
    reasons,
    discretionary: restsOnDiscretion(instrument),
  };
}
