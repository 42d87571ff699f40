import { describe, expect, it } from 'vitest';
import { namePeriodId, namePeriodIndex, periodKey, periodOfKey } from './seed-fields.ts';

describe('the seed fields build-graph and the seeds export share', () => {
  it('reads back the list place a derived name period id was given', () => {
    for (const index of [0, 1, 9, 10]) expect(namePeriodIndex('husbanken', namePeriodId('husbanken', index))).toBe(index);
  });

  it('does not take an id an edit made, or another owner’s, for a list place', () => {
    expect(namePeriodIndex('husbanken', 'husbanken-name-until-2026-12-31')).toBeUndefined();
    expect(namePeriodIndex('husbanken', 'husbanken-name-0')).toBeUndefined();
    expect(namePeriodIndex('husbanken', 'husbanken-name-01')).toBeUndefined();
    expect(namePeriodIndex('kdd', 'husbanken-name-1')).toBeUndefined();
    expect(namePeriodIndex('husbanken', 'husbanken-name-1x')).toBeUndefined();
  });

  it('numbers the later periods of a pair and reads the number back', () => {
    expect(periodKey('startlan|ADMINISTERED_BY|husbanken', 1)).toBe('startlan|ADMINISTERED_BY|husbanken');
    expect(periodKey('startlan|ADMINISTERED_BY|husbanken', 3)).toBe('startlan|ADMINISTERED_BY|husbanken#3');
    for (const period of [1, 2, 12]) expect(periodOfKey(periodKey('a|TARGETS|b', period))).toBe(period);
  });
});
