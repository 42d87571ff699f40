/**
 * Turns what a person typed into a Lucene query for the `entity_text` index. Every word must match
 * (exactly, as a prefix, or, from five letters, with one typo); matches in names rank first. Special characters are dropped, so
 * user text can never change the query's structure.
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

/** A word in a name or an abbreviation counts far more than the same word in a description. */
const NAME_FIELDS = ['name_nb', 'name_nn', 'name_en', 'abbreviation'];

export function toLuceneQuery(text: string): string | null {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const alternatives = [...NAME_FIELDS.map((field) => `${field}:${word}^8`), `${word}^2`, `${word}*`];
      if (word.length >= 5) alternatives.push(`${word}~1`);
      return `+(${alternatives.join(' ')})`;
    })
    .join(' ');
}
