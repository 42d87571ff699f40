import { describe, expect, it } from 'vitest';
import { identicalKeys, textsOf } from '../shared/same-in-nynorsk.ts';
import { GAP_TEXTS, SAME_IN_NYNORSK } from './texts.ts';

describe('gap texts', () => {
  it('has every key in nynorsk and English', () => {
    const keys = [...textsOf(GAP_TEXTS.nb).keys()].sort();
    expect([...textsOf(GAP_TEXTS.nn).keys()].sort()).toEqual(keys);
    expect([...textsOf(GAP_TEXTS.en).keys()].sort()).toEqual(keys);
  });

  it('translates every string to nynorsk unless it is spelt alike, and allows no more than that', () => {
    const identical = identicalKeys(GAP_TEXTS.nb, GAP_TEXTS.nn);
    expect(identical.filter((key) => !SAME_IN_NYNORSK.includes(key))).toEqual([]);
    expect(SAME_IN_NYNORSK.filter((key) => !identical.includes(key))).toEqual([]);
  });
});
