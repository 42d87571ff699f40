/**
 * Why an entity is a hit: which of the searched words its names, search terms and descriptions
 * match, the one text that explains it best ("husleie", a search term of Bostøtte), and the words
 * nothing matched. The index only proposes candidates; this decides, with the index's own notion
 * of a match (the word, a prefix of a word, or one typo from five letters), on folded words.
 */
import type { NodeRecord } from '../entity/entity-model.ts';
import { contentWords, foldedWords, typedWords } from './query-words.ts';

export const MATCH_FIELDS = ['NAME', 'ABBREVIATION', 'SEARCH_TERM', 'FORMER_NAME', 'DESCRIPTION'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];
const LANGS = ['nb', 'nn', 'en'] as const;
export type TextLang = (typeof LANGS)[number];

/** One text of an entity that a search can match. */
interface Unit {
  field: MatchField;
  text: string;
  lang: TextLang | null;
  words: string[];
  /** `words` without stop words: the text as a search compares it whole. */
  core: string[];
}

export interface MatchExplanation {
  field: MatchField;
  /** The text that matched: a name, a search term, or the matching words of a description. */
  term: string;
  lang: TextLang | null;
  /** Content words matched anywhere in the entity. */
  matched: string[];
  /** Content words matched nowhere. */
  missing: string[];
  /** 0 exact name, 1 exact search term, 2 a name that starts with the text, 3 any other match. */
  tier: number;
}

/** Optimal string alignment distance, stopping early above 1: all a one-typo match needs. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
  const substituted = a.slice(i + 1) === b.slice(i + 1);
  const transposed = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return substituted || transposed;
}

/** The index's three ways a searched word matches a word of a text. */
export function wordMatches(searched: string, word: string): boolean {
  return word === searched || word.startsWith(searched) || (searched.length >= 5 && withinOneEdit(searched, word));
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const unit = (field: MatchField, value: string, lang: TextLang | null): Unit => {
  const words = foldedWords(value);
  return { field, text: value, lang, words, core: contentWords(words) };
};

function unitsOf(node: NodeRecord): Unit[] {
  const { props } = node;
  const units: Unit[] = [];
  for (const lang of LANGS) {
    const name = text(props[`name_${lang}`]);
    if (name) units.push(unit('NAME', name, lang));
  }
  const abbreviation = text(props.abbreviation);
  if (abbreviation) units.push(unit('ABBREVIATION', abbreviation, null));
  for (const lang of LANGS) {
    const terms = props[`searchTerms_${lang}`];
    if (Array.isArray(terms)) for (const term of terms) if (typeof term === 'string') units.push(unit('SEARCH_TERM', term, lang));
  }
  const current = new Set(units.filter((u) => u.field === 'NAME' || u.field === 'ABBREVIATION').map((u) => u.core.join(' ')));
  for (const period of node.names) {
    for (const lang of LANGS) {
      const name = text(period[`name_${lang}`]);
      if (name && !current.has(contentWords(foldedWords(name)).join(' '))) units.push(unit('FORMER_NAME', name, lang));
    }
    const former = text(period.abbreviation);
    if (former && !current.has(foldedWords(former).join(' '))) units.push(unit('FORMER_NAME', former, null));
  }
  for (const lang of LANGS) {
    const description = text(props[`description_${lang}`]);
    if (description) units.push(unit('DESCRIPTION', description, lang));
  }
  return units;
}

const NAME_LIKE: ReadonlySet<MatchField> = new Set(['NAME', 'ABBREVIATION', 'FORMER_NAME']);

/** The same words in the same order, each exactly or, from five letters, with one typo: "husliee" is the term "husleie". */
function sameWords(text: readonly string[], searched: readonly string[]): boolean {
  return text.length === searched.length && searched.every((word, index) => {
    const other = text[index] ?? '';
    return other === word || (word.length >= 5 && withinOneEdit(word, other));
  });
}

function tierOf(units: readonly Unit[], content: readonly string[]): number {
  if (units.some((u) => NAME_LIKE.has(u.field) && sameWords(u.core, content))) return 0;
  if (units.some((u) => u.field === 'SEARCH_TERM' && sameWords(u.core, content))) return 1;
  const wanted = content.join(' ');
  if (units.some((u) => NAME_LIKE.has(u.field) && u.core.join(' ').startsWith(wanted))) return 2;
  return 3;
}

/** A description is long: its explanation is the words in it that matched, as written there. */
function matchedText(u: Unit, matched: readonly string[]): string {
  if (u.field !== 'DESCRIPTION') return u.text;
  const written = typedWords(u.text);
  const hits = written.filter((_word, index) => matched.some((searched) => wordMatches(searched, u.words[index] ?? '')));
  return [...new Set(hits)].slice(0, 3).join(' … ');
}

/** The explanation of a hit for `content` (the searched words), preferring texts in `lang`; null when nothing matches. */
export function explainMatch(node: NodeRecord, content: readonly string[], lang: TextLang): MatchExplanation | null {
  const units = unitsOf(node);
  let best: { unit: Unit; matched: string[]; rank: number[] } | null = null;
  const everywhere = new Set<string>();
  for (const u of units) {
    const matched = content.filter((searched) => u.words.some((word) => wordMatches(searched, word)));
    if (matched.length === 0) continue;
    for (const word of matched) everywhere.add(word);
    // More words first; then names before terms before descriptions; the whole text; the reader's language.
    const rank = [-matched.length, MATCH_FIELDS.indexOf(u.field), u.core.join(' ') === content.join(' ') ? 0 : sameWords(u.core, content) ? 1 : 2, u.lang === lang || u.lang === null ? 0 : 1, u.text.length];
    if (!best || compareRanks(rank, best.rank) < 0) best = { unit: u, matched, rank };
  }
  if (!best) return null;
  const matched = content.filter((word) => everywhere.has(word));
  return {
    field: best.unit.field,
    term: matchedText(best.unit, best.matched),
    lang: best.unit.lang,
    matched,
    missing: content.filter((word) => !everywhere.has(word)),
    tier: tierOf(units, content),
  };
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
