import { describe, expect, it } from 'vitest';
import { foldText, MAX_WORDS, queryWords } from './query-words.ts';

describe('what a search reads from its text', () => {
  it('folds Norwegian letters so bostøtte, bustøtte and startlan match the folded index', () => {
    expect(foldText('Bostøtte')).toBe('bostotte');
    expect(foldText('Startlån')).toBe('startlan');
    expect(foldText('Særlig')).toBe('saerlig');
  });

  it('keeps the words that carry meaning, in all three languages', () => {
    expect(queryWords('Hjelp til husleie').content).toEqual(['husleie']);
    expect(queryWords('hjelp til husleige').content).toEqual(['husleige']);
    expect(queryWords('Help with rent').content).toEqual(['rent']);
    expect(queryWords('søke om startlån for å kjøpe bolig').content).toEqual(['startlan', 'kjope', 'bolig']);
  });

  it('searches for stop words when nothing else was typed', () => {
    expect(queryWords('hjelp').content).toEqual(['hjelp']);
  });

  it('remembers each word as typed, for saying which did not match', () => {
    expect(queryWords('Bostøtte Oslo').typed.get('bostotte')).toBe('bostøtte');
  });

  it('reads at most a fixed number of words', () => {
    expect(queryWords('a b c d e f g h i j k l').all).toHaveLength(MAX_WORDS);
  });
});
