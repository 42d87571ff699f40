/**
 * Plain-language explanations of one criterion's outcome, and of what would need to change when it
 * is not met, in one language, from the criterion's trace (trace.ts): nothing is evaluated here.
 * Stored templates (`explain`, `whyNot`) win; otherwise the sentence is built from the criterion's
 * own text plus the fact and threshold it was decided on.
 */
import { pickText } from '../../common/lang.ts';
import { FACTS } from './catalogue.ts';
import { factsReadBy } from './condition.ts';
import { capitalise, fillTemplate, formatDate, formatFactValue, formatList, formatNumber, formatPlain, words, withoutFullStop } from './format.ts';
import { limitNote, type LimitNoteParts } from './limit-phrases.ts';
import { boundWhyNot, genericWhyNot, missingFacts, outcomeSentence, thresholdDetail, type Bound, type ThresholdParts } from './phrases.ts';
import type { ComparisonTrace, ConditionTrace } from './trace.ts';
import type { CandidateCriterion, Comparison, CriterionOutcome, Facts, Lang, LocalizedText, SituationFact, WhyNot } from './types.ts';

type BoundTrace = ComparisonTrace & { comparison: Comparison & { op: Bound } };

const isBound = (step: ComparisonTrace): step is BoundTrace => ['lt', 'lte', 'gt', 'gte'].includes(step.comparison.op);

/**
 * The comparison a template's {threshold} and {value} refer to: for an unmet criterion the first
 * bound that is not met (the age limit, not the lower age), else the first bound, else the first
 * comparison.
 */
function keyStep(trace: ConditionTrace, outcome: CriterionOutcome): ComparisonTrace | undefined {
  const bounds = trace.comparisons.filter(isBound);
  const unmet = outcome === 'NOT_MET' ? bounds.find((bound) => bound.outcome === 'NOT_MET') : undefined;
  return unmet ?? bounds[0] ?? trace.comparisons[0];
}

const money = (step: ComparisonTrace, value: number, lang: Lang): string => formatFactValue(step.comparison.fact, value, lang);

/**
 * The limit a template names for a table comparison: the lowest that could apply when met, the
 * highest known when not met, both ends when open.
 */
function tableThreshold(step: ComparisonTrace, outcome: CriterionOutcome, lang: Lang): string | null {
  const range = step.range;
  if (!range) return null;
  if (outcome === 'MET' || range.low === range.knownHigh) return money(step, range.low, lang);
  if (outcome === 'NOT_MET') return money(step, range.knownHigh, lang);
  return `${money(step, range.low, lang)}–${money(step, range.knownHigh, lang)}`;
}

function scalarOrList(value: ComparisonTrace['expected']): Facts[SituationFact] {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.map(String) : (value as Facts[SituationFact]);
}

function templateValues(criterion: CandidateCriterion, trace: ConditionTrace, facts: Facts, lang: Lang, outcome: CriterionOutcome): Record<string, string> {
  const key = keyStep(trace, outcome);
  const fromTable = key ? tableThreshold(key, outcome, lang) : null;
  return {
    threshold: fromTable ?? (key ? formatPlain(scalarOrList(key.expected), lang) : ''),
    value: key ? formatPlain(facts[key.comparison.fact], lang) : '',
    householdSize: formatNumber(Number(facts.householdSize), lang),
    thresholdYear: criterion.thresholdYear === null ? '' : String(criterion.thresholdYear),
  };
}

/**
 * Text in the reader's language when either the template or the criterion's text has it; bokmål
 * otherwise. Returns null when the template would fall back but the generated sentence would not.
 */
function fromTemplate(
  template: LocalizedText | undefined,
  criterion: CandidateCriterion,
  trace: ConditionTrace,
  facts: Facts,
  lang: Lang,
  outcome: CriterionOutcome,
): { text: string; language: Lang } | null {
  if (!template) return null;
  const picked = pickText(template, lang);
  if (picked.fallback && !pickText(criterion.text, lang).fallback) return null;
  return { text: fillTemplate(picked.text, templateValues(criterion, trace, facts, picked.lang, outcome)), language: picked.lang };
}

export function unknownFactsOf(criterion: CandidateCriterion, facts: Facts): SituationFact[] {
  if (!criterion.test) return [];
  return factsReadBy(criterion.test).filter((fact) => {
    const value = facts[fact];
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

function thresholdParts(step: ComparisonTrace, criterion: CandidateCriterion, facts: Facts, lang: Lang): ThresholdParts | null {
  const threshold = step.range ? step.range.knownHigh : step.expected;
  const value = facts[step.comparison.fact];
  if (typeof threshold !== 'number' || typeof value !== 'number') return null;
  return {
    label: words(FACTS[step.comparison.fact].label, lang),
    value: money(step, value, lang),
    threshold: money(step, threshold, lang),
    size: step.comparison.valueByHouseholdSize || step.comparison.valueFromTable ? Number(facts.householdSize) : null,
    year: criterion.thresholdYear,
  };
}

/** For a table comparison the facts left open: the value and the last known limit (or the range of them). */
function openTableDetail(step: ComparisonTrace, criterion: CandidateCriterion, facts: Facts, lang: Lang): string | null {
  const range = step.range;
  const parts = thresholdParts(step, criterion, facts, lang);
  if (!range || !parts || !isBound(step)) return null;
  const threshold = range.low === range.knownHigh ? money(step, range.low, lang) : `${money(step, range.low, lang)}–${money(step, range.knownHigh, lang)}`;
  return thresholdDetail(parts, [{ op: step.comparison.op, threshold }], lang);
}

function generatedDetail(criterion: CandidateCriterion, trace: ConditionTrace, outcome: CriterionOutcome, facts: Facts, lang: Lang): string | null {
  const table = outcome === 'UNKNOWN' ? knownTableStep(trace, facts) : undefined;
  if (table) return openTableDetail(table, criterion, facts, lang);
  if (outcome === 'UNKNOWN') {
    const labels = unknownFactsOf(criterion, facts).map((fact) => words(FACTS[fact].label, lang));
    return labels.length > 0 ? missingFacts(formatList(labels, lang), lang) : null;
  }
  const key = keyStep(trace, outcome);
  if (!key || !isBound(key)) return null;
  const parts = thresholdParts(key, criterion, facts, lang);
  if (!parts) return null;
  // A met range names both ends; an unmet one names the end that failed.
  const bounds = outcome === 'MET' ? trace.comparisons.filter(isBound).filter((bound) => bound.comparison.fact === key.comparison.fact) : [key];
  const stated = bounds.flatMap((bound) => {
    const threshold = bound.range ? bound.range.knownHigh : bound.expected;
    return typeof threshold === 'number' ? [{ op: bound.comparison.op, threshold: money(bound, threshold, lang) }] : [];
  });
  return thresholdDetail(parts, stated, lang);
}

const TEMPLATE_KEY = { MET: 'met', NOT_MET: 'notMet', UNKNOWN: 'unknown' } as const;

/** Ends a text with a full stop, so that another sentence can follow it. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The table comparison of a criterion whose fact is known: the one a limit note can speak of. */
function knownTableStep(trace: ConditionTrace, facts: Facts): ComparisonTrace | undefined {
  return trace.comparisons.find((step) => step.range !== null && typeof facts[step.comparison.fact] === 'number');
}

/** Which limits the graph holds and why the answer is open, for a criterion that compares with a table. */
function limitNoteFor(step: ComparisonTrace, outcome: CriterionOutcome, lang: Lang): string {
  const range = step.range;
  if (!range) return '';
  const date = (value: string | null): string => (value ? formatDate(value, lang) : '');
  const parts: LimitNoteParts = {
    betweenGroups: range.groups.length > 1 && range.low !== range.knownHigh ? { low: money(step, range.low, lang), high: money(step, range.knownHigh, lang) } : null,
    stale: range.stale ? { from: date(range.table.validFrom), to: date(range.table.validTo), page: range.table.currentValuesUrl } : null,
    beyondTable: range.beyondTable ? { largest: Math.min(...range.groups.map((group) => group.values.length)) } : null,
  };
  return limitNote(parts, outcome, lang);
}

/** "Husstanden har barn" / "Ikke oppfylt: Inntekten er under grensen (husstandens inntekt: …)". */
export function explainOutcome(criterion: CandidateCriterion, trace: ConditionTrace, facts: Facts, lang: Lang): { text: string; language: Lang } {
  const outcome = trace.outcome;
  const table = knownTableStep(trace, facts);
  // "Give the income" is the wrong advice once the income is known and the table leaves it open.
  const templateKey = table && outcome === 'UNKNOWN' ? undefined : TEMPLATE_KEY[outcome];
  const template = templateKey ? fromTemplate(criterion.explain?.[templateKey], criterion, trace, facts, lang, outcome) : null;
  const text = pickText(criterion.text, lang);
  const base = template ?? {
    text: outcomeSentence(outcome, withoutFullStop(text.text), generatedDetail(criterion, trace, outcome, facts, text.lang), text.lang),
    language: text.lang,
  };
  const note = table ? limitNoteFor(table, outcome, base.language) : '';
  return note ? { text: `${asSentence(base.text)} ${note}`, language: base.language } : base;
}

/** The bounds (income at most …, age under …) that are not met, each as "what would need to change". */
function unmetBounds(criterion: CandidateCriterion, trace: ConditionTrace, facts: Facts, lang: Lang): string[] {
  const test = criterion.test;
  if (!test) return [];
  // Only comparisons that must all hold can be turned into one change each; inside anyOf or not,
  // the criterion's own text says it better.
  const mustHold = 'fact' in test ? [test] : 'allOf' in test ? test.allOf.filter((inner) => 'fact' in inner) : [];
  return trace.comparisons
    .filter((step): step is BoundTrace => mustHold.includes(step.comparison) && isBound(step) && step.outcome === 'NOT_MET')
    .flatMap((step) => {
      const parts = thresholdParts(step, criterion, facts, lang);
      return parts ? [capitalise(boundWhyNot(step.comparison.op, parts, lang))] : [];
    });
}

/** What would need to change for a NOT_MET criterion to be met. */
export function whyNotOf(criterion: CandidateCriterion, trace: ConditionTrace, facts: Facts, lang: Lang): WhyNot {
  const stored = fromTemplate(criterion.whyNot ?? undefined, criterion, trace, facts, lang, 'NOT_MET');
  if (stored) return { criterionId: criterion.id, text: stored.text, language: stored.language };
  const text = pickText(criterion.text, lang);
  const bounds = unmetBounds(criterion, trace, facts, text.lang);
  const sentence = bounds.length > 0 ? bounds.join('; ') : genericWhyNot(withoutFullStop(text.text), text.lang);
  return { criterionId: criterion.id, text: sentence, language: text.lang };
}
