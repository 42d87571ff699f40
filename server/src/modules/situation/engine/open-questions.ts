/**
 * Open questions: unknown facts whose answer would change some instrument's status. Three-valued
 * evaluation is monotone (an answer only turns UNKNOWN into MET or NOT_MET), so LIKELY and UNLIKELY
 * cannot change and only POSSIBLE instruments are examined. Other facts may still be unknown when
 * this one is answered, so "would change the status" is read as "would change it for some answers
 * to the others": a fact is asked for when some value of it
 *   - makes a required criterion NOT_MET (the instrument becomes UNLIKELY), or
 *   - settles a criterion that LIKELY still depends on (LIKELY must be reachable: nothing rests on
 *     discretion and nothing is NOT_MET yet) in more than one way.
 * Values tried are those that can matter (probeValues). Cost: per POSSIBLE instrument, its unknown
 * criteria × their unknown facts × a handful of probes.
 */
import { FACTS, QUESTIONS } from './catalogue.ts';
import { comparisonsIn, evaluateCondition, factsReadBy, probeValues } from './condition.ts';
import { withFact } from './facts.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { words } from './format.ts';
import { goalOutcome, restsOnDiscretion } from './status.ts';
import { HOUSEHOLD_GOALS } from '../../../seed/schema.ts';
import type { AssessmentStatus, CandidateInstrument, CriterionOutcome, Facts, FactValue, Lang, OpenQuestion, OptionalFactField, SituationFact } from './types.ts';

type AskableField = OptionalFactField | 'goals';

const isAskable = (fact: SituationFact): fact is AskableField => fact in QUESTIONS;
const isUnknown = (value: FactValue): boolean => value === null || (Array.isArray(value) && value.length === 0);

/** One thing the status depends on: the goal rule or a tested criterion. */
interface Check {
  required: boolean;
  reads: readonly SituationFact[];
  outcomeWith: (facts: Facts) => CriterionOutcome;
}

function checksOf(instrument: CandidateInstrument, limits: Limits): Check[] {
  const checks: Check[] = instrument.criteria.flatMap((criterion) => {
    const test = criterion.test;
    return test ? [{ required: criterion.required, reads: factsReadBy(test), outcomeWith: (facts: Facts) => evaluateCondition(test, facts, limits) }] : [];
  });
  if (instrument.householdGoals.length === 0) return checks;
  return [{ required: true, reads: ['goals'], outcomeWith: (facts: Facts) => goalOutcome(instrument, facts.goals) ?? 'MET' }, ...checks];
}

function probesFor(fact: AskableField, instrument: CandidateInstrument, facts: Facts, limits: Limits): FactValue[] {
  if (fact === 'goals') return HOUSEHOLD_GOALS.map((goal) => [goal]);
  const kind = FACTS[fact].kind;
  const comparisons = instrument.criteria.flatMap((criterion) => (criterion.test ? comparisonsIn(criterion.test) : []));
  return probeValues(kind === 'boolean' ? 'boolean' : kind === 'string' ? 'string' : 'number', fact, comparisons, facts, limits);
}

/** Facts (of this instrument) for which some answer would change its status. */
export function decisiveFacts(instrument: CandidateInstrument, status: AssessmentStatus, facts: Facts, limits: Limits = NO_LIMITS): AskableField[] {
  if (status !== 'POSSIBLE') return [];
  const checks = checksOf(instrument, limits);
  const outcomes = checks.map((check) => check.outcomeWith(facts));
  const likelyReachable = !restsOnDiscretion(instrument) && !outcomes.includes('NOT_MET');
  const decisive = new Set<AskableField>();
  checks.forEach((check, index) => {
    if (outcomes[index] !== 'UNKNOWN') return;
    for (const fact of check.reads) {
      if (!isAskable(fact) || !isUnknown(facts[fact]) || decisive.has(fact)) continue;
      const reachable = new Set(probesFor(fact, instrument, facts, limits).map((value) => check.outcomeWith(withFact(facts, fact, value))));
      if ((check.required && reachable.has('NOT_MET')) || (likelyReachable && reachable.has('MET') && reachable.size > 1)) decisive.add(fact);
    }
  });
  return [...decisive];
}

const CATALOGUE_ORDER = Object.keys(QUESTIONS) as AskableField[];

/**
 * One question per decisive fact, with the instruments it could change (in the order given), most
 * affected instruments first, then in the catalogue's order.
 */
export function findOpenQuestions(
  assessed: readonly { instrument: CandidateInstrument; status: AssessmentStatus }[],
  facts: Facts,
  lang: Lang,
  limits: Limits = NO_LIMITS,
): OpenQuestion[] {
  const affected = new Map<AskableField, string[]>();
  for (const { instrument, status } of assessed) {
    for (const fact of decisiveFacts(instrument, status, facts, limits)) affected.set(fact, [...(affected.get(fact) ?? []), instrument.id]);
  }
  return [...affected.entries()]
    .sort(([a, idsA], [b, idsB]) => idsB.length - idsA.length || CATALOGUE_ORDER.indexOf(a) - CATALOGUE_ORDER.indexOf(b))
    .map(([field, instrumentIds]) => ({ field, question: words(QUESTIONS[field], lang), language: lang, instrumentIds }));
}
