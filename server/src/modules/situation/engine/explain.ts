/**
 * Plain-language explanations of one criterion's outcome, and of what would need to change when it
 * is not met. Stored templates (`explain`, `whyNot`) win; otherwise the sentence is built from the
 * criterion's own text plus the fact and threshold it was decided on.
 */
import { pickText } from '../../common/lang.ts';
import { FACTS } from './catalogue.ts';
import { comparisonsIn, evaluateComparison, expectedValue, factsReadBy } from './condition.ts';
import { capitalise, fillTemplate, formatFactValue, formatList, formatNumber, formatPlain, words, withoutFullStop } from './format.ts';
import { boundWhyNot, genericWhyNot, missingFacts, outcomeSentence, thresholdDetail, type Bound, type ThresholdParts } from './phrases.ts';
import type { CandidateCriterion, Comparison, CriterionOutcome, Facts, Lang, LocalizedText, SituationFact, WhyNot } from './types.ts';

type BoundComparison = Comparison & { op: Bound };

const isBound = (comparison: Comparison): comparison is BoundComparison => ['lt', 'lte', 'gt', 'gte'].includes(comparison.op);

/**
 * The comparison a template's {threshold} and {value} refer to: for an unmet criterion the first
 * bound that is not met (the age limit, not the lower age), else the first bound, else the first
 * comparison.
 */
function keyComparison(criterion: CandidateCriterion, facts: Facts, outcome: CriterionOutcome): Comparison | undefined {
  const comparisons = criterion.test ? comparisonsIn(criterion.test) : [];
  const bounds = comparisons.filter(isBound);
  const unmet = outcome === 'NOT_MET' ? bounds.find((bound) => evaluateComparison(bound, facts) === 'NOT_MET') : undefined;
  return unmet ?? bounds[0] ?? comparisons[0];
}

function templateValues(criterion: CandidateCriterion, facts: Facts, lang: Lang, outcome: CriterionOutcome): Record<string, string> {
  const key = keyComparison(criterion, facts, outcome);
  return {
    threshold: key ? formatPlain(scalarOrList(expectedValue(key, facts)), lang) : '',
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
): { text: string; language: Lang } | null {
  if (!template) return null;
  const picked = pickText(template, lang);
  if (picked.fallback && !pickText(criterion.text, lang).fallback) return null;
  return { text: fillTemplate(picked.text, templateValues(criterion, facts, picked.lang, outcome)), language: picked.lang };
}

export function unknownFactsOf(criterion: CandidateCriterion, facts: Facts): SituationFact[] {
  if (!criterion.test) return [];
  return factsReadBy(criterion.test).filter((fact) => {
    const value = facts[fact];
    return value === null || (Array.isArray(value) && value.length === 0);
  });
}

function thresholdParts(comparison: Comparison, criterion: CandidateCriterion, facts: Facts, lang: Lang): ThresholdParts | null {
  const threshold = expectedValue(comparison, facts);
  const value = facts[comparison.fact];
  if (typeof threshold !== 'number' || typeof value !== 'number') return null;
  return {
    label: words(FACTS[comparison.fact].label, lang),
    value: formatFactValue(comparison.fact, value, lang),
    threshold: formatFactValue(comparison.fact, threshold, lang),
    size: comparison.valueByHouseholdSize ? Number(facts.householdSize) : null,
    year: criterion.thresholdYear,
  };
}

function generatedDetail(criterion: CandidateCriterion, outcome: CriterionOutcome, facts: Facts, lang: Lang): string | null {
  if (outcome === 'UNKNOWN') {
    const labels = unknownFactsOf(criterion, facts).map((fact) => words(FACTS[fact].label, lang));
    return labels.length > 0 ? missingFacts(formatList(labels, lang), lang) : null;
  }
  const key = keyComparison(criterion, facts, outcome);
  if (!key || !isBound(key)) return null;
  const parts = thresholdParts(key, criterion, facts, lang);
  if (!parts) return null;
  // A met range names both ends; an unmet one names the end that failed.
  const bounds = outcome === 'MET' ? comparisonsIn(criterion.test ?? key).filter(isBound).filter((bound) => bound.fact === key.fact) : [key];
  const limits = bounds.flatMap((bound) => {
    const threshold = expectedValue(bound, facts);
    return typeof threshold === 'number' ? [{ op: bound.op as Bound, threshold: formatFactValue(bound.fact, threshold, lang) }] : [];
  });
  return thresholdDetail(parts, limits, lang);
}

const TEMPLATE_KEY = { MET: 'met', NOT_MET: 'notMet', UNKNOWN: 'unknown' } as const;

/** "Husstanden har barn" / "Ikke oppfylt: Inntekten er under grensen (husstandens inntekt: …)". */
export function explainOutcome(criterion: CandidateCriterion, outcome: CriterionOutcome, facts: Facts, lang: Lang): { text: string; language: Lang } {
  const template = fromTemplate(criterion.explain?.[TEMPLATE_KEY[outcome]], criterion, facts, lang, outcome);
  if (template) return template;
  const text = pickText(criterion.text, lang);
  return { text: outcomeSentence(outcome, withoutFullStop(text.text), generatedDetail(criterion, outcome, facts, text.lang), text.lang), language: text.lang };
}

/** The bounds (income at most …, age under …) that are not met, each as "what would need to change". */
function unmetBounds(criterion: CandidateCriterion, facts: Facts, lang: Lang): string[] {
  const test = criterion.test;
  if (!test) return [];
  // Only comparisons that must all hold can be turned into one change each; inside anyOf or not,
  // the criterion's own text says it better.
  const mustHold = 'fact' in test ? [test] : 'allOf' in test ? test.allOf.filter((inner) => 'fact' in inner) : [];
  return mustHold
    .filter((comparison): comparison is BoundComparison => isBound(comparison) && evaluateComparison(comparison, facts) === 'NOT_MET')
    .flatMap((comparison) => {
      const parts = thresholdParts(comparison, criterion, facts, lang);
      return parts ? [capitalise(boundWhyNot(comparison.op, parts, lang))] : [];
    });
}

/** What would need to change for a NOT_MET criterion to be met. */
export function whyNotOf(criterion: CandidateCriterion, facts: Facts, lang: Lang): WhyNot {
  const stored = fromTemplate(criterion.whyNot ?? undefined, criterion, facts, lang, 'NOT_MET');
  if (stored) return { criterionId: criterion.id, text: stored.text, language: stored.language };
  const text = pickText(criterion.text, lang);
  const bounds = unmetBounds(criterion, facts, text.lang);
  const sentence = bounds.length > 0 ? bounds.join('; ') : genericWhyNot(withoutFullStop(text.text), text.lang);
  return { criterionId: criterion.id, text: sentence, language: text.lang };
}
