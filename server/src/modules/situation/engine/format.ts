/**
 * Formatting for the reader's language with the platform's Intl: numbers, fact values, lists and
 * the `{placeholder}` templates stored with criteria. Formatter instances are cached because the
 * engine formats many numbers per request.
 */
import type { Words } from './catalogue.ts';
import { FACTS, GOALS } from './catalogue.ts';
import type { FactValue, HouseholdGoal, Lang, SituationFact } from './types.ts';

const LOCALES: Record<Lang, string> = { NB: 'nb-NO', NN: 'nn-NO', EN: 'en-GB' };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

export function words(text: Words, lang: Lang): string {
  return lang === 'NN' ? text.nn : lang === 'EN' ? text.en : text.nb;
}

export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 })));
  return format.format(value);
}

/** "a, b og c" / "a, b or c" in the reader's language. */
export function formatList(items: readonly string[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${lang}:${type}`;
  let format = listFormats.get(key);
  if (!format) listFormats.set(key, (format = new Intl.ListFormat(LOCALES[lang], { type })));
  return format.format(items);
}

export function formatGoals(goals: readonly HouseholdGoal[], lang: Lang, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return formatList(
    goals.map((goal) => words(GOALS[goal], lang)),
    lang,
    type,
  );
}

const YES_NO: Record<Lang, [string, string]> = { NB: ['ja', 'nei'], NN: ['ja', 'nei'], EN: ['yes', 'no'] };
const UNKNOWN_VALUE: Words = { nb: 'ukjent', nn: 'ukjend', en: 'unknown' };

/** A fact's value with its unit: "420 000 kr", "NOK 420,000", "24 år", "ja". */
export function formatFactValue(fact: SituationFact, value: FactValue | undefined, lang: Lang): string {
  if (value === null || value === undefined) return words(UNKNOWN_VALUE, lang);
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (Array.isArray(value)) return fact === 'goals' ? formatGoals(value as HouseholdGoal[], lang) : formatList(value.map(String), lang);
  if (typeof value !== 'number') return String(value);
  const number = formatNumber(value, lang);
  const kind = FACTS[fact].kind;
  if (kind === 'money') return lang === 'EN' ? `NOK ${number}` : `${number} kr`;
  if (kind === 'age') return lang === 'EN' ? `${number} years` : `${number} år`;
  return number;
}

/** A value in a template: numbers formatted for the language, unknowns named as such. */
export function formatPlain(value: FactValue | undefined, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  if (value === null || value === undefined) return words(UNKNOWN_VALUE, lang);
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  return Array.isArray(value) ? formatList(value.map(String), lang) : String(value);
}

const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  NB: new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  NN: new Intl.DateTimeFormat('nn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  EN: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "1. juni 2017" / "1 June 2017" for a YYYY-MM-DD date. */
export function formatDate(value: string, lang: Lang): string {
  return DATE_FORMATS[lang].format(new Date(`${value}T00:00:00Z`));
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a seed author notices them. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Text without a trailing full stop, so a detail can follow it. */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/\.$/, '');
}
