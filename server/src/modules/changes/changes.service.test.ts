/** `since` as the feed and the API read it, and the feed cursor. */
import { describe, expect, it } from 'vitest';
import { checkSince, decodeChangeCursor } from './changes.service.ts';

const NOW = new Date('2026-12-02T12:00:00Z');

describe('checkSince', () => {
  it('takes an instant with an offset, in UTC', () => {
    expect(checkSince('2026-12-01T09:30:00+01:00', NOW)).toBe('2026-12-01T08:30:00.000Z');
  });

  it('reads a date as the start of that day in Norway, in winter and in summer', () => {
    expect(checkSince('2026-12-01', NOW)).toBe('2026-11-30T23:00:00.000Z');
    expect(checkSince('2026-06-01', NOW)).toBe('2026-05-31T22:00:00.000Z');
  });

  it.each(['yesterday', '2026-02-30', '2026-12-01T25:00:00Z', '2026-12-01T08:00:00', ''])('refuses %j as malformed', (value) => {
    expect(() => checkSince(value, NOW)).toThrow(/ISO 8601/);
  });

  it('refuses a moment after now', () => {
    expect(() => checkSince('2026-12-02T12:00:01Z', NOW)).toThrow(/in the future/);
    expect(() => checkSince('2026-12-03', NOW)).toThrow(/in the future/);
    expect(checkSince('2026-12-02T12:00:00Z', NOW)).toBe('2026-12-02T12:00:00.000Z');
  });
});

describe('decodeChangeCursor', () => {
  it('reads its own cursors and refuses others', () => {
    expect(decodeChangeCursor(Buffer.from(JSON.stringify(['changes', 7, 2])).toString('base64url'))).toEqual([7, 2]);
    expect(() => decodeChangeCursor(Buffer.from(JSON.stringify(['history', 7, 2])).toString('base64url'))).toThrow(/cursor/);
    expect(() => decodeChangeCursor('%%%')).toThrow(/cursor/);
  });
});
