import { describe, expect, it } from 'vitest';
import { SEARCH_TEXTS } from './texts.ts';

/**
 * The search page's words are outside the shared dictionaries, so client/src/i18n/nynorsk.test.ts
 * does not see them: the same check here. Texts nynorsk rightly spells as bokmål does, each
 * checked against Nynorskordboka (treff, ingen, forslag, type, departement, målgruppe, søkte etter).
 */
const SAME_IN_NYNORSK = new Set(['results', 'none', 'helpHeading', 'types', 'ministries', 'targetGroups', 'count', 'searchedFor']);
const SAMPLES = [1, 3];

function outputs(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return SAMPLES.map((n) => String((value as (...args: unknown[]) => unknown)(n, 'x')));
  return [];
}

describe('the search page in nynorsk', () => {
  const keys = Object.keys(SEARCH_TEXTS.nb) as (keyof typeof SEARCH_TEXTS.nb)[];
  const identical = keys.filter((key) => outputs(SEARCH_TEXTS.nb[key]).some((text, i) => outputs(SEARCH_TEXTS.nn[key])[i] === text));

  it('translates every text not on the allow-list', () => {
    expect(identical.filter((key) => !SAME_IN_NYNORSK.has(key))).toEqual([]);
  });

  it('keeps the allow-list to texts that really are the same', () => {
    expect([...SAME_IN_NYNORSK].filter((key) => !identical.includes(key as keyof typeof SEARCH_TEXTS.nb))).toEqual([]);
  });

  it('has an English text for every key', () => {
    expect(Object.keys(SEARCH_TEXTS.en).sort()).toEqual([...keys].sort());
  });
});
