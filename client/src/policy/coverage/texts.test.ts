import { describe, expect, it } from 'vitest';
import { identicalKeys, textsOf } from '../shared/same-in-nynorsk.ts';
import { COVERAGE_TEXTS, SAME_IN_NYNORSK } from './texts.ts';

describe('coverage texts', () => {
  it('has every key in nynorsk and English', () => {
    const keys = [...textsOf(COVERAGE_TEXTS.nb).keys()].sort();
    expect([...textsOf(COVERAGE_TEXTS.nn).keys()].sort()).toEqual(keys);
    expect([...textsOf(COVERAGE_TEXTS.en).keys()].sort()).toEqual(keys);
  });

  it('translates every string to nynorsk unless it is spelt alike, and allows no more than that', () => {
    const identical = identicalKeys(COVERAGE_TEXTS.nb, COVERAGE_TEXTS.nn);
    expect(identical.filter((key) => !SAME_IN_NYNORSK.includes(key))).toEqual([]);
    expect(SAME_IN_NYNORSK.filter((key) => !identical.includes(key))).toEqual([]);
  });
});
