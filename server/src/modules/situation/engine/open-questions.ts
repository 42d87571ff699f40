/**
 * Open questions: unknown facts whose answer would change some instrument's status. Three-valued
 * evaluation is monotone (an answer only turns UNKNOWN into MET or NOT_MET), so LIKELY and UNLIKELY
 * cannot change and only POSSIBLE instruments are probed: each unknown fact one of their criteria
 * reads is set, in turn, to every value that can matter (probeValues), and the status recomputed.
 * A fact is asked for when some value changes some status. Cost: per POSSIBLE instrument, its
 * unknown facts × a handful of probes × its criteria.
 */
import { FACTS, QUESTIONS } from './catalogue.ts';
import { comparisonsIn, probeValues } from './condition.ts';
import { unknownFactsOf } from './explain.ts';
import { withFact } from './facts.ts';
import { words } from './format.ts';
import { goalOutcome, statusFor } from './status.ts';
import { HOUSEHOLD_GOALS } from '../../../seed/schema.ts';
import type { AssessmentStatus, CandidateInstrument, Facts, FactValue, Lang, OpenQuestion, OptionalFactField, SituationFact } from './types.ts';

type AskableField = OptionalFactField | 'goals';

const isAskable = (fact: SituationFact): fact is AskableField => fact in QUESTIONS;

function unknownFactsOfInstrument(instrument: CandidateInstrument, facts: Facts): AskableField[] {
  const unknown = new Set<SituationFact>(instrument.criteria.flatMap((criterion) => unknownFactsOf(criterion, facts)));
  if (goalOutcome(instrument, facts.goals) === 'UNKNOWN') unknown.add('goals');
  return [...unknown].filter(isAskable);
}

function probesFor(fact: AskableField, instrument: CandidateInstrument, facts: Facts): FactValue[] {
  if (fact === 'goals') return HOUSEHOLD_GOALS.map((goal) => [goal]);
  const kind = FACTS[fact].kind;
  const comparisons = instrument.criteria.flatMap((criterion) => (criterion.test ? comparisonsIn(criterion.test) : []));
  return probeValues(kind === 'boolean' ? 'boolean' : kind === 'string' ? 'string' : 'number', fact, comparisons, facts);
}

/** Facts (of this instrument) for which some answer would change its status. */
export function decisiveFacts(instrument: CandidateInstrument, status: AssessmentStatus, facts: Facts): AskableField[] {
  if (status !== 'POSSIBLE') return [];
  return unknownFactsOfInstrument(instrument, facts).filter((fact) =>
    probesFor(fact, instrument, facts).some((value) => statusFor(instrument, withFact(facts, fact, value)) !== status),
  );
}

const CATALOGUE_ORDER = Object.keys(QUESTIONS) as AskableField[];

/**
 * One question per decisive fact, with the instruments it could change (in the order given), most
 * affected instruments first, then in the catalogue's order.
 */
export function findOpenQuestions(assessed: readonly { instrument: CandidateInstrument; status: AssessmentStatus }[], facts: Facts, lang: Lang): OpenQuestion[] {
  const affected = new Map<AskableField, string[]>();
  for (const { instrument, status } of assessed) {
    for (const fact of decisiveFacts(instrument, status, facts)) affected.set(fact, [...(affected.get(fact) ?? []), instrument.id]);
  }
  return [...affected.entries()]
    .sort(([a, idsA], [b, idsB]) => idsB.length - idsA.length || CATALOGUE_ORDER.indexOf(a) - CATALOGUE_ORDER.indexOf(b))
    .map(([field, instrumentIds]) => ({ field, question: words(QUESTIONS[field], lang), language: lang, instrumentIds }));
}
