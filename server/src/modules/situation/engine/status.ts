/**
 * From criterion outcomes to an instrument's status, on eligibility alone: UNLIKELY when a required
 * criterion is not met; LIKELY ("Aktuelt") when every required criterion the facts can test is met,
 * even when the decision rests on discretion (the card then says who judges); POSSIBLE when a
 * required criterion is still unknown. Criteria that are not required never change the status, and
 * neither do the household's goals: they decide relevance and order (relevance.ts).
 */
import { evaluateCondition } from './condition.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import type { AssessmentStatus, CandidateInstrument, CriterionOutcome, Facts, HouseholdGoal } from './types.ts';

export interface Judged {
  outcome: CriterionOutcome;
  required: boolean;
}

export function statusOf(judged: readonly Judged[]): AssessmentStatus {
  const required = judged.filter((item) => item.required);
  if (required.some((item) => item.outcome === 'NOT_MET')) return 'UNLIKELY';
  return required.every((item) => item.outcome === 'MET') ? 'LIKELY' : 'POSSIBLE';
}

/**
 * The generic goal rule: an instrument tied to goals serves the household only if they share one.
 * Null when the instrument is not tied to any goal; UNKNOWN when the household named no goal.
 */
export function goalOutcome(instrument: CandidateInstrument, goals: Facts['goals']): CriterionOutcome | null {
  if (instrument.householdGoals.length === 0) return null;
  const wanted = Array.isArray(goals) ? (goals as readonly HouseholdGoal[]) : [];
  if (wanted.length === 0) return 'UNKNOWN';
  return instrument.householdGoals.some((goal) => wanted.includes(goal)) ? 'MET' : 'NOT_MET';
}

/**
 * A criterion marked discretionary makes the decision one of judgement, whether or not a fact can
 * test it: the assessment says so, and who judges is the instrument's decider.
 */
export function restsOnDiscretion(instrument: CandidateInstrument): boolean {
  return instrument.criteria.some((criterion) => criterion.discretionary);
}

/** The status alone, without explanations: cheap enough to call once per probe for open questions. */
export function statusFor(instrument: CandidateInstrument, facts: Facts, limits: Limits = NO_LIMITS): AssessmentStatus {
  const judged: Judged[] = [];
  for (const criterion of instrument.criteria) {
    if (criterion.test) judged.push({ outcome: evaluateCondition(criterion.test, facts, limits), required: criterion.required });
  }
  return statusOf(judged);
}
