/**
 * One instrument against one household, in two steps: judging it (each tested criterion evaluated
 * once into a trace, the status from eligibility alone, its relevance) without any language, then
 * describing the judgement in the reader's language (explanations, what would need to change,
 * what the caseworker must check).
 */
import { pickText } from '../../common/lang.ts';
import { factsReadBy } from './condition.ts';
import { whyNotOf, explainOutcome } from './explain.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { judgeRelevance, relevanceReasons, type RelevanceJudgement } from './relevance.ts';
import { goalOutcome, restsOnDiscretion, statusOf } from './status.ts';
import { traceCondition, type ConditionTrace } from './trace.ts';
import type { Assessment, AssessmentStatus, CandidateCriterion, CandidateInstrument, CheckItem, CriterionResult, Facts, Lang, WhyNot } from './types.ts';

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

/** One instrument judged for one household, without words: what the words are made from. */
export interface Judgement {
  instrument: CandidateInstrument;
  status: AssessmentStatus;
  /** Tested criteria in their stored order, each evaluated once. */
  traced: readonly Traced[];
  relevance: RelevanceJudgement;
  servesGoal: boolean;
  discretionary: boolean;
}

export function judgeInstrument(instrument: CandidateInstrument, facts: Facts, limits: Limits = NO_LIMITS): Judgement {
  const traced: Traced[] = instrument.criteria.flatMap((criterion) => (criterion.test ? [{ criterion, trace: traceCondition(criterion.test, facts, limits) }] : []));
  const goal = goalOutcome(instrument, facts.goals);
  return {
    instrument,
    status: statusOf(traced.map(({ criterion, trace }) => ({ outcome: trace.outcome, required: criterion.required }))),
    traced,
    relevance: judgeRelevance(instrument, facts, limits),
    servesGoal: goal === null || goal !== 'NOT_MET',
    discretionary: restsOnDiscretion(instrument),
  };
}

/** A judgement in the reader's language: the explanations, what would need to change, what to check. */
export function describeJudgement(judgement: Judgement, facts: Facts, lang: Lang): Assessment {
  const { instrument, status, traced } = judgement;
  return {
    instrumentId: instrument.id,
    status,
    criteria: traced.map((item) => criterionResult(item, facts, lang)),
    whyNot: status === 'UNLIKELY' ? whyNotList(traced, facts, lang) : [],
    toCheck: instrument.criteria.filter((criterion) => !criterion.test).map((criterion) => checkItem(criterion, lang)),
    servesGoal: judgement.servesGoal,
    relevance: judgement.relevance.relevance,
    reasons: relevanceReasons(judgement.relevance, lang),
    discretionary: judgement.discretionary,
  };
}

export function assessInstrument(instrument: CandidateInstrument, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): Assessment {
  return describeJudgement(judgeInstrument(instrument, facts, limits), facts, lang);
}
