/**
 * Builds the Lucene query for the `entity_text_v2` index from a search's content words. Each word
 * may match exactly, as a prefix or, from five letters, with one typo; a match in a name or an
 * abbreviation counts most, then a search term, then a description. No word is required: the
 * query finds candidates and match-explanation.ts decides which of them match every word (or, when
 * none does, the most words). The words hold only letters and digits (query-words.ts), so user text
 * can never change the query's structure.
 */
const NAME_FIELDS = ['name_nb', 'name_nn', 'name_en', 'abbreviation'];
const TERM_FIELDS = ['searchTerms_nb', 'searchTerms_nn', 'searchTerms_en'];

function wordClauses(word: string): string[] {
  const clauses = [...NAME_FIELDS.map((field) => `${field}:${word}^8`), ...TERM_FIELDS.map((field) => `${field}:${word}^6`), `${word}^2`, `${word}*`];
  if (word.length >= 5) clauses.push(`${word}~1`);
  return clauses;
}

/** The query, or null when there is no word to search for. */
export function toLuceneQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((word) => `(${wordClauses(word).join(' ')})`).join(' ');
}
