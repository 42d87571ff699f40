import { describe, expect, it } from 'vitest';
import { foldText, toLuceneQuery } from './lucene-query.ts';

describe('search query building', () => {
  it('folds Norwegian letters so bostøtte, bustøtte and startlan match the folded index', () => {
    expect(foldText('Bostøtte')).toBe('bostotte');
    expect(foldText('Startlån')).toBe('startlan');
    expect(foldText('Særlig')).toBe('saerlig');
  });

  it('requires every word, as a word, a prefix, or with one typo from five letters', () => {
    const names = (word: string) => `name_nb:${word}^8 name_nn:${word}^8 name_en:${word}^8 abbreviation:${word}^8`;
    expect(toLuceneQuery('Startlån bank')).toBe(`+(${names('startlan')} startlan^2 startlan* startlan~1) +(${names('bank')} bank^2 bank*)`);
  });

  it('drops Lucene syntax so input cannot change the query', () => {
    expect(toLuceneQuery('husbanken) OR *:* "x"')).toMatch(/^\+\([^()]*husbanken~1\) \+\([^()]* or\*\) \+\([^()]* x\*\)$/);
    expect(toLuceneQuery('  ::  ')).toBeNull();
  });
});
