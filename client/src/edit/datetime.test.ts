import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './datetime.ts';

describe('formatDateTime', () => {
  it('shows the instant in Norwegian time (a late UTC evening is the next day in Oslo)', () => {
    expect(formatDay('2026-12-31T23:30:00Z', 'nb')).toBe('1. januar 2027');
    expect(formatDateTime('2026-06-01T10:05:00Z', 'en')).toContain('12:05');
  });

  it('never throws on what is not a date', () => {
    expect(formatDay(null, 'nb')).toBe('');
    expect(formatDay('nonsense', 'nb')).toBe('nonsense');
  });
});
