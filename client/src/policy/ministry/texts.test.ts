import { describe, expect, it } from 'vitest';
import { identicalKeys, textsOf } from '../shared/same-in-nynorsk.ts';
import { MINISTRY_TEXTS, SAME_IN_NYNORSK } from './texts.ts';

describe('ministry texts', () => {
  it('has every key in nynorsk and English', () => {
    const keys = [...textsOf(MINISTRY_TEXTS.nb).keys()].sort();
    expect([...textsOf(MINISTRY_TEXTS.nn).keys()].sort()).toEqual(keys);
    expect([...textsOf(MINISTRY_TEXTS.en).keys()].sort()).toEqual(keys);
  });

  it('translates every string to nynorsk unless it is spelt alike, and allows no more than that', () => {
    const identical = identicalKeys(MINISTRY_TEXTS.nb, MINISTRY_TEXTS.nn);
    expect(identical.filter((key) => !SAME_IN_NYNORSK.includes(key))).toEqual([]);
    expect(SAME_IN_NYNORSK.filter((key) => !identical.includes(key))).toEqual([]);
  });
});
