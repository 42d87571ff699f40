/**
 * Plain-language explanations of one criterion's outcome, and of what would need to change when it
 * is not met. Stored templates (`explain`, `whyNot`) win; otherwise the sentence is built from the
 * criterion's own text plus the fact and threshold it was decided on.
 */
import { pickText } from '../../common/lang.ts';
import { FACTS } from './catalogue.ts';
import { comparisonsIn, evaluateComparison, expectedValue, factsReadBy } from './condition.ts';
import { capitalise, fillTemplate, formatDate, formatFactValue, formatList, formatNumber, formatPlain, words, withoutFullStop } from './format.ts';
import { limitNote, type LimitNoteParts } from './limit-phrases.ts';
import { limitRange, NO_LIMITS, type Limits } from './limits.ts';
import { boundWhyNot, genericWhyNot, missingFacts, outcomeSentence, thresholdDetail, type Bound, type ThresholdParts } from './phrases.ts';
import type { CandidateCriterion, Comparison, CriterionOutcome, Facts, Lang, LocalizedText, SituationFact, WhyNot } from './types.ts';

type BoundComparison = Comparison & { op: Bound };

const isBound = (comparison: Comparison): comparison is BoundComparison => ['lt', 'lte', 'gt', 'gte'].includes(comparison.op);

/**
 * The comparison a template's {threshold} and {value} refer to: for an unmet criterion the first
 * bound that is not met (the age limit, not the lower age), else the first bound, else the first
 * comparison.
 */
function keyComparison(criterion: CandidateCriterion, facts: Facts, outcome: CriterionOutcome, limits: Limits): Comparison | undefined {
  const comparisons = criterion.test ? comparisonsIn(criterion.test) : [];
  const bounds = comparisons.filter(isBound);
  const unmet = outcome === 'NOT_MET' ? bounds.find((bound) => evaluateComparison(bound, facts, limits) === 'NOT_MET') : undefined;
  return unmet ?? bounds[0] ?? comparisons[0];
}

/**
 * The limit a template names for a table comparison: the lowest that could apply when met, the
 * highest known when not met, both ends when open.
 */
function tableThreshold(comparison: Comparison, facts: Facts, limits: Limits, outcome: CriterionOutcome, lang: Lang): string | null {
  const range = limitRange(comparison, facts, limits);
  if (!range) return null;
  const money = (value: number): string => formatFactValue(comparison.fact, value, lang);
  if (outcome === 'MET' || range.low === range.knownHigh) return money(range.low);
  if (outcome === 'NOT_MET') return money(range.knownHigh);
  return `${money(range.low)}–${money(range.knownHigh)}`;
}

function templateValues(criterion: CandidateCriterion, facts: Facts, lang: Lang, outcome: CriterionOutcome, limits: Limits): Record<string, string> {
  const key = keyComparison(criterion, facts, outcome, limits);
  const fromTable = key ? tableThreshold(key, facts, limits, outcome, lang) : null;
  return {
    threshold: fromTable ?? (key ? formatPlain(scalarOrList(expectedValue(key, facts)), lang) : ''),
    value: key ? formatPlain(facts[key.fact], lang) : '',
    householdSize: formatNumber(Number(facts.householdSize), lang),
    thresholdYear: criterion.thresholdYear === null ? '' : String(criterion.thresholdYear),
  };
}

function scalarOrList(value: ReturnType<typeof expectedValue>): Facts[SituationFact] {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.map(String) : (value as Facts[SituationFact]);
}

/**
 * Text in the reader's language when either the template or the criterion's text has it; bokmål
 * otherwise. Returns null when the template would fall back but the generated sentence would not.
 */
function fromTemplate(
  template: LocalizedText | undefined,
  criterion: CandidateCriterion,
  facts: Facts,
  lang: Lang,
  outcome: CriterionOutcome,
  limits: Limits,
): { text: string; language: Lang } | null {
  if (!template) return null;
  const picked = pickText(template, lang);
  if (picked.fallback && !pickText(criterion.text, lang).fallback) return null;
  return { text: fillTemplate(picked.text, templateValues(criterion, facts, picked.lang, outcome, limits)), language: picked.lang };
}

export function unknownFactsOf(criterion: CandidateCriterion, facts: Facts): SituationFact[] {
  if (!criterion.test) return [];
  return factsReadBy(criterion.test).filter((fact) => {
    const value = facts[fact];
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

function thresholdParts(comparison: Comparison, criterion: CandidateCriterion, facts: Facts, lang: Lang, limits: Limits): ThresholdParts | null {
  const range = limitRange(comparison, facts, limits);
  const threshold = range ? range.knownHigh : expectedValue(comparison, facts);
  const value = facts[comparison.fact];
  if (typeof threshold !== 'number' || typeof value !== 'number') return null;
  return {
    label: words(FACTS[comparison.fact].label, lang),
    value: formatFactValue(comparison.fact, value, lang),
    threshold: formatFactValue(comparison.fact, threshold, lang),
    size: comparison.valueByHouseholdSize || comparison.valueFromTable ? Number(facts.householdSize) : null,
    year: criterion.thresholdYear,
  };
}

/** For a table comparison the facts left open: the value and the last known limit (or the range of them). */
function openTableDetail(comparison: Comparison, criterion: CandidateCriterion, facts: Facts, lang: Lang, limits: Limits): string | null {
  const range = limitRange(comparison, facts, limits);
  const parts = thresholdParts(comparison, criterion, facts, lang, limits);
  if (!range || !parts || !isBound(comparison)) return null;
  const money = (value: number): string => formatFactValue(comparison.fact, value, lang);
  const threshold = range.low === range.knownHigh ? money(range.low) : `${money(range.low)}–${money(range.knownHigh)}`;
  return thresholdDetail(parts, [{ op: comparison.op as Bound, threshold }], lang);
}

function generatedDetail(criterion: CandidateCriterion, outcome: CriterionOutcome, facts: Facts, lang: Lang, limits: Limits): string | null {
  const table = outcome === 'UNKNOWN' ? knownTableComparison(criterion, facts) : undefined;
  if (table) return openTableDetail(table, criterion, facts, lang, limits);
  if (outcome === 'UNKNOWN') {
    const labels = unknownFactsOf(criterion, facts).map((fact) => words(FACTS[fact].label, lang));
    return labels.length > 0 ? missingFacts(formatList(labels, lang), lang) : null;
  }
  const key = keyComparison(criterion, facts, outcome, limits);
  if (!key || !isBound(key)) return null;
  const parts = thresholdParts(key, criterion, facts, lang, limits);
  if (!parts) return null;
  // A met range names both ends; an unmet one names the end that failed.
  const bounds = outcome === 'MET' ? comparisonsIn(criterion.test ?? key).filter(isBound).filter((bound) => bound.fact === key.fact) : [key];
  const stated = bounds.flatMap((bound) => {
    const range = limitRange(bound, facts, limits);
    const threshold = range ? range.knownHigh : expectedValue(bound, facts);
    return typeof threshold === 'number' ? [{ op: bound.op as Bound, threshold: formatFactValue(bound.fact, threshold, lang) }] : [];
  });
  return thresholdDetail(parts, stated, lang);
}

const TEMPLATE_KEY = { MET: 'met', NOT_MET: 'notMet', UNKNOWN: 'unknown' } as const;

/** Ends a text with a full stop, so that another sentence can follow it. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The table comparisons of a criterion whose fact is known: the ones a limit note can speak of. */
function knownTableComparison(criterion: CandidateCriterion, facts: Facts): Comparison | undefined {
  return (criterion.test ? comparisonsIn(criterion.test) : []).find((comparison) => comparison.valueFromTable && typeof facts[comparison.fact] === 'number');
}

/** Which limits the graph holds and why the answer is open, for a criterion that compares with a table. */
function limitNoteFor(comparison: Comparison, outcome: CriterionOutcome, facts: Facts, lang: Lang, limits: Limits): string {
  const range = limitRange(comparison, facts, limits);
  if (!range) return '';
  const money = (value: number): string => formatFactValue(comparison.fact, value, lang);
  const date = (value: string | null): string => (value ? formatDate(value, lang) : '');
  const parts: LimitNoteParts = {
    betweenGroups: range.groups.length > 1 && range.low !== range.knownHigh ? { low: money(range.low), high: money(range.knownHigh) } : null,
    stale: range.stale ? { from: date(range.table.validFrom), to: date(range.table.validTo), page: range.table.currentValuesUrl } : null,
    beyondTable: range.beyondTable ? { largest: Math.min(...range.groups.map((group) => group.values.length)) } : null,
  };
  return limitNote(parts, outcome, lang);
}

/** "Husstanden har barn" / "Ikke oppfylt: Inntekten er under grensen (husstandens inntekt: …)". */
export function explainOutcome(criterion: CandidateCriterion, outcome: CriterionOutcome, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): { text: string; language: Lang } {
  const table = knownTableComparison(criterion, facts);
  // "Give the income" is the wrong advice once the income is known and the table leaves it open.
  const templateKey = table && outcome === 'UNKNOWN' ? undefined : TEMPLATE_KEY[outcome];
  const template = templateKey ? fromTemplate(criterion.explain?.[templateKey], criterion, facts, lang, outcome, limits) : null;
  const text = pickText(criterion.text, lang);
  const base = template ?? {
    text: outcomeSentence(outcome, withoutFullStop(text.text), generatedDetail(criterion, outcome, facts, text.lang, limits), text.lang),
    language: text.lang,
  };
  const note = table ? limitNoteFor(table, outcome, facts, base.language, limits) : '';
  return note ? { text: `${asSentence(base.text)} ${note}`, language: base.language } : base;
}

/** The bounds (income at most …, age under …) that are not met, each as "what would need to change". */
function unmetBounds(criterion: CandidateCriterion, facts: Facts, lang: Lang, limits: Limits): string[] {
  const test = criterion.test;
  if (!test) return [];
  // Only comparisons that must all hold can be turned into one change each; inside anyOf or not,
  // the criterion's own text says it better.
  const mustHold = 'fact' in test ? [test] : 'allOf' in test ? test.allOf.filter((inner) => 'fact' in inner) : [];
  return mustHold
    .filter((comparison): comparison is BoundComparison => isBound(comparison) && evaluateComparison(comparison, facts, limits) === 'NOT_MET')
    .flatMap((comparison) => {
      const parts = thresholdParts(comparison, criterion, facts, lang, limits);
      return parts ? [capitalise(boundWhyNot(comparison.op, parts, lang))] : [];
    });
}

/** What would need to change for a NOT_MET criterion to be met. */
export function whyNotOf(criterion: CandidateCriterion, facts: Facts, lang: Lang, limits: Limits = NO_LIMITS): WhyNot {
  const stored = fromTemplate(criterion.whyNot ?? undefined, criterion, facts, lang, 'NOT_MET', limits);
  if (stored) return { criterionId: criterion.id, text: stored.text, language: stored.language };
  const text = pickText(criterion.text, lang);
  const bounds = unmetBounds(criterion, facts, text.lang, limits);
  const sentence = bounds.length > 0 ? bounds.join('; ') : genericWhyNot(withoutFullStop(text.text), text.lang);
  return { criterionId: criterion.id, text: sentence, language: text.lang };
}
