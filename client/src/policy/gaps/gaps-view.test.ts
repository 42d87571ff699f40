import { describe, expect, it } from 'vitest';
import { filterSubjects, placement, spanWords, yearTicks, yearsOf } from './gaps-view.ts';

const subject = (id: string, type: string, reason: 'NO_INSTRUMENT' | 'NOT_MAPPED' | 'NO_GOAL') => ({ entity: { id, type }, reason, spans: [] });
const words = { range: (from: string, to: string) => `${from}–${to}`, ongoing: 'fortsetter', before: 'begynte før' };

describe('gaps view', () => {
  const subjects = [subject('unge', 'TARGET_GROUP', 'NO_INSTRUMENT'), subject('mal', 'GOAL', 'NOT_MAPPED'), subject('bostotte', 'INSTRUMENT', 'NO_GOAL')];

  it('keeps all when nothing is ticked, and narrows by reason and by kind together', () => {
    expect(filterSubjects(subjects, { reasons: [], kinds: [] })).toHaveLength(3);
    expect(filterSubjects(subjects, { reasons: ['NOT_MAPPED', 'NO_GOAL'], kinds: [] }).map((s) => s.entity.id)).toEqual(['mal', 'bostotte']);
    expect(filterSubjects(subjects, { reasons: ['NOT_MAPPED', 'NO_GOAL'], kinds: ['INSTRUMENT'] }).map((s) => s.entity.id)).toEqual(['bostotte']);
  });

  it('places a stretch by days, its last day counted whole', () => {
    const window = { from: '2014-01-01', to: '2024-12-31' };
    expect(placement(window, window)).toEqual({ left: 0, width: 100 });
    const second = placement(window, { from: '2021-01-01', to: '2024-12-31' });
    expect(second.left + second.width).toBeCloseTo(100, 1);
    expect(second.left).toBeCloseTo((2557 / 4018) * 100, 1);
  });

  it('ticks each 1 January inside the window and names periods by their years', () => {
    expect(yearTicks({ from: '2014-06-01', to: '2016-03-01' })).toEqual(['2015-01-01', '2016-01-01']);
    expect(yearsOf({ from: '2014-01-01', to: '2020-12-31' })).toBe('2014–2020');
    expect(yearsOf({ from: '2025-01-01', to: '2025-06-01' })).toBe('2025');
  });

  it('says in words when a gap began before the window or goes on after it', () => {
    expect(spanWords({ from: '2021-01-01', to: '2024-12-31', startsBefore: false, continuesAfter: false }, words, (d) => d)).toBe('2021-01-01–2024-12-31');
    expect(spanWords({ from: '2014-01-01', to: '2024-12-31', startsBefore: true, continuesAfter: true }, words, (d) => d)).toBe('2014-01-01–2024-12-31 (begynte før, fortsetter)');
  });
});
