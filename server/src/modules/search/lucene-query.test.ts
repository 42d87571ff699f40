import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './lucene-query.ts';
import { queryWords } from './query-words.ts';

const queryOf = (text: string) => toLuceneQuery(queryWords(text).content);

describe('search query building', () => {
  it('asks for each word as a word, a prefix, or with one typo from five letters, names and search terms first', () => {
    const fields = (word: string) =>
      `name_nb:${word}^8 name_nn:${word}^8 name_en:${word}^8 abbreviation:${word}^8 searchTerms_nb:${word}^6 searchTerms_nn:${word}^6 searchTerms_en:${word}^6 ${word}^2 ${word}*`;
    expect(queryOf('Startlån bank')).toBe(`(${fields('startlan')} startlan~1) (${fields('bank')})`);
  });

  it('leaves out words that only frame a request', () => {
    expect(queryOf('hjelp til husleie')).toBe(queryOf('husleie'));
    expect(queryOf('help with rent')).toBe(queryOf('rent'));
  });

  it('drops Lucene syntax so input cannot change the query', () => {
    const query = queryOf('husbanken) OR *:* "x" AND~2 +-[a TO z]') ?? '';
    // Only groups of field:word^boost, word*, word~1: nothing typed survives as an operator.
    const clauses = query.replace(/[()]/g, '').split(' ');
    expect(clauses.filter((clause) => !/^(?:[A-Za-z_]+:)?[\p{L}\p{N}]+(?:\^\d|\*|~1)$/u.test(clause))).toEqual([]);
    expect(query).not.toMatch(/\bOR\b|\bAND\b|\bTO\b/);
    expect(queryOf('  ::  ')).toBeNull();
  });
});
