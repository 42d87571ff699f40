/**
 * The situation engine's entry point: a household's situation against the candidate instruments
 * and their relations. Pure (no I/O, no clock, no logging: the situation is personal data), and its
 * work grows with the candidates and their criteria and relations, never with the rest of the graph.
 * It judges once, without any language (judgeSituation), then describes the judgement in the
 * reader's language (describeSituation); the plans' words are chosen as they are built.
 */
import { describeJudgement, judgeInstrument, type Judgement } from './assess.ts';
import { buildCombinations, relationsThatFit } from './combinations.ts';
import { factsOf } from './facts.ts';
import { inForceAt } from './in-force.ts';
import type { LimitTable, Limits } from './limits.ts';
import { describeNotices, matchingNotices } from './notices.ts';
import { findOpenFields, questionFor, type OpenField } from './open-questions.ts';
import { RELEVANCE_ORDER } from './relevance.ts';
import type { AssessmentStatus, CandidateNotice, CandidateRelation, CandidateSet, Facts, Lang, SituationInput, SituationResult } from './types.ts';

const STATUS_ORDER: Record<AssessmentStatus, number> = { LIKELY: 0, POSSIBLE: 1, UNLIKELY: 2 };
/** The order must not depend on the reader's language: names are compared in bokmål. */
const NAME_ORDER = new Intl.Collator('nb');

/** How much of the instrument the facts settle in the household's favour: its met criteria. */
const metCount = (item: Judgement): number => item.traced.filter(({ trace }) => trace.outcome === 'MET').length;

/**
 * LIKELY, then POSSIBLE, then UNLIKELY; within each, what the household asked for, then what its
 * facts indicate, then the rest; then the instruments the facts settle most (more criteria met);
 * then by bokmål name, so the order is stable and the same in every language.
 */
function byRelevance(a: Judgement, b: Judgement): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    RELEVANCE_ORDER[a.relevance.relevance] - RELEVANCE_ORDER[b.relevance.relevance] ||
    metCount(b) - metCount(a) ||
    NAME_ORDER.compare(a.instrument.name.nb, b.instrument.name.nb) ||
    a.instrument.id.localeCompare(b.instrument.id)
  );
}

/**
 * What plans are built around: instruments the household asked for or its facts indicate. When
 * there are none (nothing named or revealed yet), every instrument that is not UNLIKELY.
 */
function anchorsOf(viable: readonly Judgement[]): string[] | undefined {
  const anchors = viable.filter((item) => item.relevance.relevance !== 'OTHER');
  return anchors.length > 0 ? anchors.map((item) => item.instrument.id) : undefined;
}

/**
 * Instruments a plan may take in next to its anchor: those not waiting on an unknown fact for a
 * required criterion. An instrument that depends on an unanswered question (is the applicant a
 * settled refugee?) is left to the open questions instead of filling every plan.
 */
function settled(viable: readonly Judgement[]): string[] {
  return viable.filter((item) => !item.traced.some(({ criterion, trace }) => criterion.required && trace.outcome === 'UNKNOWN')).map((item) => item.instrument.id);
}

/** The limit tables by id (a table id may have several periods) for the date asked about. */
function limitsOf(tables: readonly LimitTable[], asOf: string): Limits {
  const byId = new Map<string, LimitTable[]>();
  for (const table of tables) byId.set(table.id, [...(byId.get(table.id) ?? []), table]);
  return { tables: byId, asOf };
}

/** Everything the answer is made of, before any words: the same for every language. */
export interface SituationJudgement {
  asOf: string;
  facts: Facts;
  /** In the order of the answer. */
  judged: readonly Judgement[];
  notices: readonly CandidateNotice[];
  /** The relations in force whose reason fits the household. */
  relations: readonly CandidateRelation[];
  openFields: readonly OpenField[];
}

/**
 * Judges every candidate instrument for the household, finds the notices that apply and the
 * unknown facts whose answers would change a status. The input must already be valid (see
 * validate-input.ts). Criteria and relations outside `asOf` are ignored even if given.
 */
export function judgeSituation(candidates: CandidateSet, input: SituationInput, asOf: string): SituationJudgement {
  const { instruments, relations, limitTables, notices } = inForceAt(candidates, asOf);
  const facts = factsOf(input);
  const limits = limitsOf(limitTables ?? [], asOf);
  const judged = instruments.map((instrument) => judgeInstrument(instrument, facts, limits)).sort(byRelevance);
  return {
    asOf,
    facts,
    judged,
    notices: matchingNotices(notices ?? [], facts, limits),
    relations: relationsThatFit(relations, facts, limits),
    openFields: findOpenFields(judged, facts, limits),
  };
}

/** A judgement in the reader's language, with the plans built from its viable instruments. */
export function describeSituation(judgement: SituationJudgement, lang: Lang): SituationResult {
  const viable = judgement.judged.filter((item) => item.status !== 'UNLIKELY');
  return {
    asOf: judgement.asOf,
    language: lang,
    assessments: judgement.judged.map((item) => describeJudgement(item, judgement.facts, lang)),
    notices: describeNotices(judgement.notices, lang),
    combinations: buildCombinations({
      viable: viable.map((item) => item.instrument),
      relations: judgement.relations,
      lang,
      anchors: anchorsOf(viable),
      joinable: settled(viable),
    }),
    openQuestions: judgement.openFields.map((open) => questionFor(open, lang)),
  };
}

/** The whole answer: judged once, then put into words for one language. */
export function evaluateSituation(candidates: CandidateSet, input: SituationInput, asOf: string, lang: Lang): SituationResult {
  return describeSituation(judgeSituation(candidates, input, asOf), lang);
}
