/**
 * From criterion outcomes to an instrument's status. UNLIKELY when a required criterion is not met;
 * LIKELY only when every tested criterion is met and nothing rests on discretion; POSSIBLE otherwise.
 */
import { evaluateCondition } from './condition.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import type { AssessmentStatus, CandidateInstrument, CriterionOutcome, Facts, HouseholdGoal } from './types.ts';

export interface Judged {
  outcome: CriterionOutcome;
  required: boolean;
}

export function statusOf(judged: readonly Judged[], discretionary: boolean): AssessmentStatus {
  if (judged.some((item) => item.required && item.outcome === 'NOT_MET')) return 'UNLIKELY';
  if (discretionary) return 'POSSIBLE';
  return judged.every((item) => item.outcome === 'MET') ? 'LIKELY' : 'POSSIBLE';
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
 * test it: the best the household can get is POSSIBLE.
 */
export function restsOnDiscretion(instrument: CandidateInstrument): boolean {
  return instrument.criteria.some((criterion) => criterion.discretionary);
}

/** The status alone, without explanations: cheap enough to call once per probe for open questions. */
export function statusFor(instrument: CandidateInstrument, facts: Facts, limits: Limits = NO_LIMITS): AssessmentStatus {
  const judged: Judged[] = [];
  const goal = goalOutcome(instrument, facts.goals);
  if (goal) judged.push({ outcome: goal, required: true });
  for (const criterion of instrument.criteria) {
    if (criterion.test) judged.push({ outcome: evaluateCondition(criterion.test, facts, limits), required: criterion.required });
  }
  return statusOf(judged, restsOnDiscretion(instrument));
}
