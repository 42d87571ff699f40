import { describe, expect, it } from 'vitest';
import { collationValue, labelRange, orderKeys } from './order-keys.ts';

describe('order keys', () => {
  it('sort the way a Norwegian reader expects: case and accents ignored, æ ø å after z', () => {
    const words = ['Åsane', 'øvre', 'Ærlig', 'zebra', 'Étage', 'alfa', 'Bolig'];
    expect([...words].sort((a, b) => (collationValue(a) < collationValue(b) ? -1 : 1))).toEqual(['alfa', 'Bolig', 'Étage', 'zebra', 'Ærlig', 'øvre', 'Åsane']);
  });

  it('break ties by id, so equal names keep one total order', () => {
    const a = orderKeys('Actor', { id: 'a', name_nb: 'Kommunen' }).orderName_nb;
    const b = orderKeys('Actor', { id: 'b', name_nb: 'Kommunen' }).orderName_nb;
    expect(a < b).toBe(true);
  });

  it('put a shorter name before a longer one that starts with it', () => {
    const short = orderKeys('Goal', { id: 'z', name_nb: 'Bo' }).orderName_nb;
    const long = orderKeys('Goal', { id: 'a', name_nb: 'Bo trygt' }).orderName_nb;
    expect(short < long).toBe(true);
  });

  it('keep each label inside its own range, and fall back to bokmål for a missing language', () => {
    const keys = orderKeys('Instrument', { id: 'startlan', name_nb: 'Startlån', validFrom: '2003-01-01' });
    const range = labelRange('Instrument');
    for (const key of Object.values(keys)) expect(range.low < key && key < range.high).toBe(true);
    expect(keys.orderName_en).toBe(keys.orderName_nb);
    expect(labelRange('Actor').high <= range.low || range.high <= labelRange('Actor').low).toBe(true);
  });
});
