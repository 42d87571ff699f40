/**
 * Open questions: unknown facts whose answer would change some instrument's status. Three-valued
 * evaluation is monotone (an answer only turns UNKNOWN into MET or NOT_MET), so LIKELY cannot
 * change, and POSSIBLE instruments are examined: other facts may still be unknown when this one is
 * answered, so "would change the status" is read as "would change it for some answers to the
 * others": a fact is asked for when some value of it
 *   - makes a required criterion NOT_MET (the instrument becomes UNLIKELY), or
 *   - settles a required criterion that LIKELY still depends on (nothing required is NOT_MET yet)
 *     in more than one way.
 * An UNLIKELY instrument can change only where a comparison read an unanswered fact by its
 * `whenUnknown` value (a targeted service, read as "not in the group" until asked): the fact is
 * asked for when an answer lifts the one required criterion that is not met.
 * Values tried are those that can matter (probeValues). Cost: per instrument, its unknown criteria
 * × their unknown facts × a handful of probes.
 */
import { FACTS, QUESTIONS } from './catalogue.ts';
import { comparisonsIn, evaluateCondition, factsReadBy, probeValues } from './condition.ts';
import { withFact } from './facts.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import { words } from './format.ts';
import { HOUSEHOLD_GOALS } from '../../../vocabulary/index.ts';
import type { AssessmentStatus, CandidateInstrument, CriterionOutcome, Facts, FactValue, Lang, OpenQuestion, OptionalFactField, SituationFact } from './types.ts';

type AskableField = OptionalFactField | 'goals';

const isAskable = (fact: SituationFact): fact is AskableField => fact in QUESTIONS;

/** A question that only makes sense in some situations: the kind of institution, only in one. */
const fitsSituation = (fact: AskableField, facts: Facts): boolean => fact !== 'institution' || facts.housing === 'INSTITUTION';
const isUnknown = (value: FactValue): boolean => value === null || (Array.isArray(value) && value.length === 0);

/** One thing the status depends on: the goal rule or a tested criterion. */
interface Check {
  required: boolean;
  reads: readonly SituationFact[];
  outcomeWith: (facts: Facts) => CriterionOutcome;
}

function checksOf(instrument: CandidateInstrument, limits: Limits): Check[] {
  return instrument.criteria.flatMap((criterion) => {
    const test = criterion.test;
    return test ? [{ required: criterion.required, reads: factsReadBy(test), outcomeWith: (facts: Facts) => evaluateCondition(test, facts, limits) }] : [];
  });
}

/** For UNLIKELY: the unanswered facts whose answer lifts the single unmet required criterion. */
function liftingFacts(checks: readonly Check[], outcomes: readonly CriterionOutcome[], instrument: CandidateInstrument, facts: Facts, limits: Limits): AskableField[] {
  const unmet = checks.filter((check, index) => check.required && outcomes[index] === 'NOT_MET');
  const [bar] = unmet;
  if (!bar || unmet.length > 1) return [];
  return bar.reads.filter(
    (fact): fact is AskableField =>
      isAskable(fact) && fitsSituation(fact, facts) && isUnknown(facts[fact]) && probesFor(fact, instrument, facts, limits).some((value) => bar.outcomeWith(withFact(facts, fact, value)) !== 'NOT_MET'),
  );
}

function probesFor(fact: AskableField, instrument: CandidateInstrument, facts: Facts, limits: Limits): FactValue[] {
  if (fact === 'goals') return HOUSEHOLD_GOALS.map((goal) => [goal]);
  const kind = FACTS[fact].kind;
  const comparisons = instrument.criteria.flatMap((criterion) => (criterion.test ? comparisonsIn(criterion.test) : []));
  return probeValues(kind === 'boolean' ? 'boolean' : kind === 'string' ? 'string' : 'number', fact, comparisons, facts, limits);
}

/** Facts (of this instrument) for which some answer would change its status. */
export function decisiveFacts(instrument: CandidateInstrument, status: AssessmentStatus, facts: Facts, limits: Limits = NO_LIMITS): AskableField[] {
  if (status === 'LIKELY') return [];
  const checks = checksOf(instrument, limits);
  const outcomes = checks.map((check) => check.outcomeWith(facts));
  if (status === 'UNLIKELY') return liftingFacts(checks, outcomes, instrument, facts, limits);
  const likelyReachable = !checks.some((check, index) => check.required && outcomes[index] === 'NOT_MET');
  const decisive = new Set<AskableField>();
  checks.forEach((check, index) => {
    if (outcomes[index] !== 'UNKNOWN') return;
    for (const fact of check.reads) {
      if (!isAskable(fact) || !fitsSituation(fact, facts) || !isUnknown(facts[fact]) || decisive.has(fact)) continue;
      const reachable = new Set(probesFor(fact, instrument, facts, limits).map((value) => check.outcomeWith(withFact(facts, fact, value))));
      if (check.required && (reachable.has('NOT_MET') || (likelyReachable && reachable.has('MET') && reachable.size > 1))) decisive.add(fact);
    }
  });
  return [...decisive];
}

const CATALOGUE_ORDER = Object.keys(QUESTIONS) as AskableField[];

/**
 * One question per decisive fact, with the instruments it could change (in the order given), most
 * affected instruments first, then in the catalogue's order.
 */
export interface OpenField {
  field: AskableField;
  instrumentIds: readonly string[];
}

/** The unknown facts worth asking, without words: most affected instruments first, then the catalogue's order. */
export function findOpenFields(assessed: readonly { instrument: CandidateInstrument; status: AssessmentStatus }[], facts: Facts, limits: Limits = NO_LIMITS): OpenField[] {
  const affected = new Map<AskableField, string[]>();
  for (const { instrument, status } of assessed) {
    for (const fact of decisiveFacts(instrument, status, facts, limits)) affected.set(fact, [...(affected.get(fact) ?? []), instrument.id]);
  }
  return [...affected.entries()]
    .sort(([a, idsA], [b, idsB]) => idsB.length - idsA.length || CATALOGUE_ORDER.indexOf(a) - CATALOGUE_ORDER.indexOf(b))
    .map(([field, instrumentIds]) => ({ field, instrumentIds }));
}

/** An open field as the question to ask, in the reader's language (the engine owns these words in all three). */
export function questionFor(open: OpenField, lang: Lang): OpenQuestion {
  return { field: open.field, question: words(QUESTIONS[open.field], lang), language: lang, instrumentIds: open.instrumentIds };
}
