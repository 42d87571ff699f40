import { describe, expect, it } from 'vitest';
import { identicalKeys, textsOf } from '../policy/shared/same-in-nynorsk.ts';
import { GRAPH_TEXTS, SAME_IN_NYNORSK } from './texts.ts';

describe('graph explorer texts', () => {
  it('has every key in nynorsk and English', () => {
    const keys = [...textsOf(GRAPH_TEXTS.nb).keys()].sort();
    expect([...textsOf(GRAPH_TEXTS.nn).keys()].sort()).toEqual(keys);
    expect([...textsOf(GRAPH_TEXTS.en).keys()].sort()).toEqual(keys);
  });

  it('translates every string to nynorsk unless it is spelt alike, and allows no more than that', () => {
    const identical = identicalKeys(GRAPH_TEXTS.nb, GRAPH_TEXTS.nn);
    expect(identical.filter((key) => !SAME_IN_NYNORSK.includes(key))).toEqual([]);
    expect(SAME_IN_NYNORSK.filter((key) => !identical.includes(key))).toEqual([]);
  });
});
