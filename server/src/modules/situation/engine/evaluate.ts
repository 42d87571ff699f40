/**
 * The situation engine's entry point: a household's situation against the candidate instruments
 * and their relations. Pure (no I/O, no clock, no logging: the situation is personal data), and its
 * work grows with the candidates and their criteria and relations, never with the rest of the graph.
 */
import { assessInstrument } from './assess.ts';
import { buildCombinations, relationsThatFit } from './combinations.ts';
import { factsOf } from './facts.ts';
import { inForceAt } from './in-force.ts';
import { noticesFor } from './notices.ts';
import { RELEVANCE_ORDER } from './relevance.ts';
import type { LimitTable, Limits } from './limits.ts';
import { findOpenQuestions } from './open-questions.ts';
import type { Assessment, AssessmentStatus, CandidateInstrument, CandidateSet, Lang, SituationInput, SituationResult } from './types.ts';
import { pickText } from '../../common/lang.ts';

const STATUS_ORDER: Record<AssessmentStatus, number> = { LIKELY: 0, POSSIBLE: 1, UNLIKELY: 2 };
const COLLATORS: Record<Lang, Intl.Collator> = { NB: new Intl.Collator('nb'), NN: new Intl.Collator('nn'), EN: new Intl.Collator('en-GB') };

interface Assessed {
  instrument: CandidateInstrument;
  assessment: Assessment;
  status: AssessmentStatus;
}

/** How much of the instrument the facts settle in the household's favour: its met criteria. */
const metCount = (item: Assessed): number => item.assessment.criteria.filter((result) => result.outcome === 'MET').length;

/**
 * LIKELY, then POSSIBLE, then UNLIKELY; within each, what the household asked for, then what its
 * facts indicate, then the rest; then the instruments the facts settle most (more criteria met);
 * then by name, so the order is stable.
 */
function byRelevance(lang: Lang): (a: Assessed, b: Assessed) => number {
  const name = (item: Assessed): string => pickText(item.instrument.name, lang).text;
  return (a, b) =>
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    RELEVANCE_ORDER[a.assessment.relevance] - RELEVANCE_ORDER[b.assessment.relevance] ||
    metCount(b) - metCount(a) ||
    COLLATORS[lang].compare(name(a), name(b)) ||
    a.instrument.id.localeCompare(b.instrument.id);
}

/**
 * What plans are built around: instruments the household asked for or its facts indicate. When
 * there are none (nothing named or revealed yet), every instrument that is not UNLIKELY.
 */
function anchorsOf(viable: readonly Assessed[]): string[] | undefined {
  const anchors = viable.filter((item) => item.assessment.relevance !== 'OTHER');
  return anchors.length > 0 ? anchors.map((item) => item.instrument.id) : undefined;
}

/**
 * Instruments a plan may take in next to its anchor: those not waiting on an unknown fact for a
 * required criterion. An instrument that depends on an unanswered question (is the applicant a
 * settled refugee?) is left to the open questions instead of filling every plan.
 */
function settled(viable: readonly Assessed[]): string[] {
  return viable.filter((item) => !item.assessment.criteria.some((result) => result.required && result.outcome === 'UNKNOWN')).map((item) => item.instrument.id);
}

/** The limit tables by id (a table id may have several periods) for the date asked about. */
function limitsOf(tables: readonly LimitTable[], asOf: string): Limits {
  const byId = new Map<string, LimitTable[]>();
  for (const table of tables) byId.set(table.id, [...(byId.get(table.id) ?? []), table]);
  return { tables: byId, asOf };
}

/**
 * Assesses every candidate instrument, builds combination plans from the non-UNLIKELY ones and
 * lists the unknown facts whose answers would change a status. The input must already be valid
 * (see validate-input.ts). Criteria and relations outside `asOf` are ignored even if given.
 */
export function evaluateSituation(candidates: CandidateSet, input: SituationInput, asOf: string, lang: Lang): SituationResult {
  const { instruments, relations, limitTables, notices } = inForceAt(candidates, asOf);
  const facts = factsOf(input);
  const limits = limitsOf(limitTables ?? [], asOf);
  const assessed = instruments
    .map((instrument): Assessed => {
      const assessment = assessInstrument(instrument, facts, lang, limits);
      return { instrument, assessment, status: assessment.status };
    })
    .sort(byRelevance(lang));
  const viable = assessed.filter((item) => item.status !== 'UNLIKELY');
  return {
    asOf,
    language: lang,
    assessments: assessed.map((item) => item.assessment),
    notices: noticesFor(notices ?? [], facts, lang, limits),
    combinations: buildCombinations({
      viable: viable.map((item) => item.instrument),
      relations: relationsThatFit(relations, facts, limits),
      lang,
      anchors: anchorsOf(viable),
      joinable: settled(viable),
    }),
    openQuestions: findOpenQuestions(assessed, facts, lang, limits),
  };
}
