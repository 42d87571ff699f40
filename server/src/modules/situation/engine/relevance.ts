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
import type { CandidateInstrument, Facts, HouseholdGoal, Lang, Relevance } from './types.ts';

export const RELEVANCE_ORDER: Record<Relevance, number> = { ASKED: 0, INDICATED: 1, OTHER: 2 };

export interface RelevanceResult {
  relevance: Relevance;
  /** The goals it serves and the needs it meets, in the reader's language (bokmål where missing). */
  reasons: string[];
}

export function relevanceOf(instrument: CandidateInstrument, facts: Facts, lang: Lang, limits: Limits): RelevanceResult {
  const wanted = (Array.isArray(facts.goals) ? facts.goals : []) as readonly HouseholdGoal[];
  const asked = goalOutcome(instrument, facts.goals) === 'MET';
  const needs = (instrument.indications ?? []).filter((indication) => evaluateCondition(indication.when, facts, limits) === 'MET');
  const reasons = [
    ...(asked ? [goalServed(formatGoals(instrument.householdGoals.filter((goal) => wanted.includes(goal)), lang), lang)] : []),
    ...needs.map((indication) => pickText(indication.reason, lang).text),
  ];
  const relevance: Relevance = asked ? 'ASKED' : needs.length > 0 ? 'INDICATED' : 'OTHER';
  return { relevance, reasons };
}
