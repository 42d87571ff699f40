/**
 * What a person typed, as words the index can match: lowercased, folded like the index's
 * standard-folding analyzer, split on anything but letters and digits (so Lucene syntax cannot
 * survive), and without the words that carry no meaning in a search ("hjelp til", "help with").
 */
const FOLD: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** Lowercases and folds Norwegian letters and accents, as the index's standard-folding analyzer does. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => FOLD[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Words in the order written, each folded; at most `limit`. */
export function foldedWords(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, limit);
}

/**
 * Words that only frame a request, in their folded form, in bokmål, nynorsk and English: "hjelp
 * til husleie" means husleie, "help with rent" means rent. Folding makes "å" and "a", "få" and "fa"
 * one word, which is what the index sees too.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // bokmål and nynorsk
  'a', 'av', 'at', 'de', 'dei', 'den', 'det', 'eg', 'ei', 'en', 'er', 'et', 'eit', 'for', 'fra', 'fa', 'hjelp', 'hjelpe', 'hos', 'hva', 'hvordan', 'i', 'jeg', 'kan', 'korleis', 'kva', 'med', 'meg', 'min', 'mi', 'mitt', 'mine', 'oss', 'og', 'om', 'pa', 'som', 'soke', 'sokje', 'til', 'treng', 'trenger', 'ved', 'vi',
  // English
  'an', 'and', 'apply', 'can', 'from', 'get', 'help', 'how', 'in', 'is', 'me', 'my', 'need', 'of', 'on', 'or', 'the', 'to', 'with',
]);

/** Longest text a search accepts, and the most words it reads from it. */
export const MAX_TEXT_LENGTH = 200;
export const MAX_WORDS = 8;

export interface QueryWords {
  /** Every word typed, folded (at most MAX_WORDS). */
  all: string[];
  /** The words that must match: all but stop words, or every word when they are all stop words. */
  content: string[];
  /** Each content word as typed (lowercased, not folded), for telling the reader which did not match. */
  typed: Map<string, string>;
}

/** The words of a text that carry meaning; stop words only when nothing else is left. */
export function contentWords(words: readonly string[]): string[] {
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : [...words];
}

/** Words as written, lowercased: folding keeps word boundaries, so these line up with foldedWords. */
export function typedWords(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, limit);
}

export function queryWords(text: string): QueryWords {
  const all = foldedWords(text, MAX_WORDS);
  const written = typedWords(text, MAX_WORDS);
  const typed = new Map(all.map((word, index) => [word, written[index] ?? word]));
  return { all, content: contentWords(all), typed };
}
