import { describe, expect, it } from 'vitest';
import { changedText, isIsoDate } from './editable-entity.ts';

describe('changedText', () => {
  const before = { nb: 'Lån til bolig', nn: 'Lån til bustad', en: '' };

  it('is undefined when nothing changed (spaces at the ends do not count)', () => {
    expect(changedText(before, { nb: 'Lån til bolig ', nn: 'Lån til bustad', en: '' })).toBeUndefined();
  });

  it('sends all three languages when one changed, with empty ones as null', () => {
    expect(changedText(before, { nb: 'Lån til egen bolig', nn: 'Lån til bustad', en: '' })).toEqual({ nb: 'Lån til egen bolig', nn: 'Lån til bustad', en: null });
  });

  it('is null (remove the text) when every language is emptied', () => {
    expect(changedText(before, { nb: '', nn: ' ', en: '' })).toBeNull();
  });
});

describe('isIsoDate', () => {
  it('takes real dates written YYYY-MM-DD only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1.1.2024')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
