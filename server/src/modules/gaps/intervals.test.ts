import { describe, expect, it } from 'vitest';
import { addDays, clip, contains, intersect, isEmpty, overlaps, subtract, union, type Interval } from './intervals.ts';

const span = (from: string | null, to: string | null): Interval => ({ from, to });
const ALWAYS = span(null, null);

describe('contains', () => {
  it('includes both ends, as validFrom <= d <= validTo does', () => {
    expect(contains(span('2021-01-01', '2024-12-31'), '2021-01-01')).toBe(true);
    expect(contains(span('2021-01-01', '2024-12-31'), '2024-12-31')).toBe(true);
    expect(contains(span('2021-01-01', '2024-12-31'), '2025-01-01')).toBe(false);
    expect(contains(span('2021-01-01', '2024-12-31'), '2020-12-31')).toBe(false);
  });

  it('reads a null end as open', () => {
    expect(contains(span(null, '2020-12-31'), '1900-01-01')).toBe(true);
    expect(contains(span('2023-07-01', null), '2999-01-01')).toBe(true);
    expect(contains(ALWAYS, '2016-06-01')).toBe(true);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('intersect and overlaps', () => {
  it('keeps the shared days, ends included', () => {
    expect(intersect(span('2014-01-01', '2020-12-31'), span('2020-12-31', null))).toEqual(span('2020-12-31', '2020-12-31'));
    expect(intersect(span(null, '2020-12-31'), span('2016-01-01', null))).toEqual(span('2016-01-01', '2020-12-31'));
    expect(intersect(ALWAYS, ALWAYS)).toEqual(ALWAYS);
  });

  it('is null for intervals that only touch end to start', () => {
    expect(intersect(span('2014-01-01', '2020-12-31'), span('2021-01-01', null))).toBeNull();
    expect(overlaps(span('2014-01-01', '2020-12-31'), span('2021-01-01', null))).toBe(false);
    expect(overlaps(span('2014-01-01', '2021-01-01'), span('2021-01-01', null))).toBe(true);
  });
});

describe('union', () => {
  it('merges overlapping and adjacent intervals and sorts them', () => {
    expect(union([span('2021-01-01', '2022-06-30'), span('2014-01-01', '2020-12-31'), span('2022-01-01', '2023-12-31')])).toEqual([span('2014-01-01', '2023-12-31')]);
  });

  it('keeps intervals apart when a day lies between them', () => {
    expect(union([span('2014-01-01', '2020-12-30'), span('2021-01-01', null)])).toEqual([span('2014-01-01', '2020-12-30'), span('2021-01-01', null)]);
  });

  it('lets an open interval swallow what follows, and drops empty ones', () => {
    expect(union([span(null, '2015-01-01'), span('2014-01-01', '2014-02-01'), span('2020-01-01', '2019-01-01')])).toEqual([span(null, '2015-01-01')]);
    expect(union([span('2016-01-01', null), span('2030-01-01', '2031-01-01')])).toEqual([span('2016-01-01', null)]);
  });
});

describe('subtract', () => {
  it('leaves the whole base when no hole touches it', () => {
    expect(subtract(span('2014-01-01', '2020-12-31'), [])).toEqual([span('2014-01-01', '2020-12-31')]);
    expect(subtract(span('2014-01-01', '2020-12-31'), [span('2021-01-01', null)])).toEqual([span('2014-01-01', '2020-12-31')]);
  });

  it('cuts a hole out of the middle, ends inclusive on both sides', () => {
    expect(subtract(span('2014-01-01', '2024-12-31'), [span('2016-01-01', '2020-12-31')])).toEqual([span('2014-01-01', '2015-12-31'), span('2021-01-01', '2024-12-31')]);
  });

  it('leaves nothing when adjacent holes together cover the base', () => {
    expect(subtract(span('2014-01-01', '2024-12-31'), [span('2021-01-01', '2024-12-31'), span('2014-01-01', '2020-12-31')])).toEqual([]);
  });

  it('handles open bases and open holes', () => {
    expect(subtract(ALWAYS, [span('2021-01-01', null)])).toEqual([span(null, '2020-12-31')]);
    expect(subtract(ALWAYS, [span(null, '2020-12-31')])).toEqual([span('2021-01-01', null)]);
    expect(subtract(ALWAYS, [ALWAYS])).toEqual([]);
    expect(subtract(span('2023-07-01', null), [span('2016-01-01', '2024-06-30')])).toEqual([span('2024-07-01', null)]);
  });

  it('leaves the single day a hole misses', () => {
    expect(subtract(span('2020-01-01', '2020-01-03'), [span(null, '2020-01-01'), span('2020-01-03', null)])).toEqual([span('2020-01-02', '2020-01-02')]);
  });

  it('has nothing to cut from an empty base', () => {
    expect(isEmpty(span('2020-01-02', '2020-01-01'))).toBe(true);
    expect(subtract(span('2020-01-02', '2020-01-01'), [])).toEqual([]);
  });
});

describe('clip', () => {
  it('cuts open ends to the window and drops what lies outside', () => {
    expect(clip([span(null, '2015-06-30'), span('2019-01-01', null), span('2030-01-01', null)], span('2014-01-01', '2025-12-31'))).toEqual([
      span('2014-01-01', '2015-06-30'),
      span('2019-01-01', '2025-12-31'),
    ]);
  });
});
