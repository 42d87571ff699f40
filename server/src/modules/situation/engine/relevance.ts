/**
 * Why an instrument belongs in this household's answer, apart from whether it is eligible:
 * ASKED when it serves a goal the household named ("Det dere spurte om"), INDICATED when the facts
 * reveal a need it meets (the instrument's `indicatedWhen` in the graph: payment problems → debt
 * advice), OTHER otherwise. Relevance orders and groups the answer; it never changes a status.
 */
import { pickText } from '../../common/lang.ts';
import { evaluateCondition } from './condition.ts';
import { formatGoals } from './format.ts';
import type { Limits } from './limits.ts';
import { goalServed } from './phrases.ts';
import { goalOutcome } from './status.ts';
import type { CandidateInstrument, Facts, HouseholdGoal, Indication, Lang, Relevance } from './types.ts';

export const RELEVANCE_ORDER: Record<Relevance, number> = { ASKED: 0, INDICATED: 1, OTHER: 2 };

/** Why an instrument is relevant, without words: the named goals it serves and the needs it meets. */
export interface RelevanceJudgement {
  relevance: Relevance;
  goalsServed: readonly HouseholdGoal[];
  needs: readonly Indication[];
}

export function judgeRelevance(instrument: CandidateInstrument, facts: Facts, limits: Limits): RelevanceJudgement {
  const wanted = (Array.isArray(facts.goals) ? facts.goals : []) as readonly HouseholdGoal[];
  const goalsServed = goalOutcome(instrument, facts.goals) === 'MET' ? instrument.householdGoals.filter((goal) => wanted.includes(goal)) : [];
  const needs = (instrument.indications ?? []).filter((indication) => evaluateCondition(indication.when, facts, limits) === 'MET');
  const relevance: Relevance = goalsServed.length > 0 ? 'ASKED' : needs.length > 0 ? 'INDICATED' : 'OTHER';
  return { relevance, goalsServed, needs };
}

/** The goals served and the needs met, in the reader's language (a need's reason falls back to bokmål). */
export function relevanceReasons(judgement: RelevanceJudgement, lang: Lang): string[] {
  return [
    ...(judgement.goalsServed.length > 0 ? [goalServed(formatGoals(judgement.goalsServed, lang), lang)] : []),
    ...judgement.needs.map((indication) => pickText(indication.reason, lang).text),
  ];
}
