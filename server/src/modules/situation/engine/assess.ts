/**
 * One instrument against one household: each tested criterion with its outcome and explanation,
 * the generic goal rule, the status, what would need to change, and what the caseworker must check.
 */
import { pickText } from '../../common/lang.ts';
import { evaluateCondition, factsReadBy } from './condition.ts';
import { whyNotOf, explainOutcome } from './explain.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { formatGoals } from './format.ts';
import { goalNotServed, goalServed, goalUnknown, goalWhyNot } from './phrases.ts';
import { goalOutcome, restsOnDiscretion, statusOf } from './status.ts';
import type { Assessment, CandidateCriterion, CandidateInstrument, CheckItem, CriterionOutcome, CriterionResult, Facts, HouseholdGoal, Lang, WhyNot } from './types.ts';

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

function goalExplanation(outcome: CriterionOutcome, offered: readonly HouseholdGoal[], wanted: readonly HouseholdGoal[], lang: Lang): string {
  if (outcome === 'UNKNOWN') return goalUnknown(formatGoals(offered, lang, 'disjunction'), lang);
  if (outcome === 'MET') return goalServed(formatGoals(offered.filter((goal) => wanted.includes(goal)), lang), lang);
  return goalNotServed(formatGoals(offered, lang, 'disjunction'), formatGoals(wanted, lang), lang);
}

/** The generic goal rule as a criterion result (no criterion id: it comes from the instrument's goals). */
function goalResult(instrument: CandidateInstrument, facts: Facts, lang: Lang): CriterionResult | null {
  const outcome = goalOutcome(instrument, facts.goals);
  if (!outcome) return null;
  const wanted = (Array.isArray(facts.goals) ? facts.goals : []) as readonly HouseholdGoal[];
  return {
    criterionId: null,
    outcome,
    explanation: goalExplanation(outcome, instrument.householdGoals, wanted, lang),
    language: lang,
    required: true,
    discretionary: false,
    facts: ['goals'],
    thresholdYear: null,
    sourceIds: [],
  };
}

function checkItem(criterion: CandidateCriterion, lang: Lang): CheckItem {
  const text = pickText(criterion.text, lang);
  return { criterionId: criterion.id, text: text.text, language: text.lang, sourceIds: criterion.sourceIds };
}

function whyNotList(instrument: CandidateInstrument, results: readonly CriterionResult[], facts: Facts, lang: Lang, limits: Limits): WhyNot[] {
  const unmet = new Set(results.filter((result) => result.required && result.outcome === 'NOT_MET').map((result) => result.criterionId));
  const list: WhyNot[] = [];
  if (unmet.has(null)) list.push({ criterionId: null, text: goalWhyNot(formatGoals(instrument.householdGoals, lang, 'disjunction'), lang), language: lang });
  for (const criterion of instrument.criteria) {
    if (unmet.has(criterion.id)) list.push(whyNotOf(criterion, facts, lang, limits));
  }
  return list;
}

export function assessInstrument(instrument: CandidateInstrument, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): Assessment {
  const goal = goalResult(instrument, facts, lang);
  const tested = instrument.criteria.flatMap((criterion) => (criterion.test ? [criterionResult({ ...criterion, test: criterion.test }, facts, lang, limits)] : []));
  const criteria = goal ? [goal, ...tested] : tested;
  const status = statusOf(criteria, restsOnDiscretion(instrument));
  return {
    instrumentId: instrument.id,
    status,
    criteria,
    whyNot: status === 'UNLIKELY' ? whyNotList(instrument, criteria, facts, lang, limits) : [],
    toCheck: instrument.criteria.filter((criterion) => !criterion.test).map((criterion) => checkItem(criterion, lang)),
    servesGoal: goal === null || goal.outcome !== 'NOT_MET',
  };
}
