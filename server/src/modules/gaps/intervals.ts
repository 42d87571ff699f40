/**
 * Date intervals as the graph writes validity: `from` and `to` are ISO dates, both inclusive, and
 * null means open (no start, no end). A fact is in force at `d` when `from <= d <= to`, the test
 * every statement makes at one date (cypher/analytics/coverage.cypher), so cutting intervals here
 * answers for every date what those statements answer for one.
 *
 * Inside, an interval is a pair of day numbers with ±Infinity for open ends, which makes adjacent
 * intervals (one ends the day before the next starts) easy to see and merge.
 */
export interface Interval {
  from: string | null;
  to: string | null;
}

interface Span {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const toSpan = (interval: Interval): Span => ({
  start: interval.from === null ? -Infinity : dayNumber(interval.from),
  end: interval.to === null ? Infinity : dayNumber(interval.to),
});
const toInterval = (span: Span): Interval => ({
  from: Number.isFinite(span.start) ? isoOf(span.start) : null,
  to: Number.isFinite(span.end) ? isoOf(span.end) : null,
});

/** The day after (or, with -1, before) an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** True when the interval holds no day: it ends before it starts (bad data, or a cut that left nothing). */
export function isEmpty(interval: Interval): boolean {
  const span = toSpan(interval);
  return span.end < span.start;
}

/** True when `date` is inside the interval, ends included. */
export function contains(interval: Interval, date: string): boolean {
  const span = toSpan(interval);
  const day = dayNumber(date);
  return span.start <= day && day <= span.end;
}

/** The days both intervals hold; null when they share none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const x = toSpan(a);
  const y = toSpan(b);
  const span = { start: Math.max(x.start, y.start), end: Math.min(x.end, y.end) };
  return span.end < span.start ? null : toInterval(span);
}

/** True when the intervals share at least one day. */
export function overlaps(a: Interval, b: Interval): boolean {
  return intersect(a, b) !== null;
}

/** The days any of the intervals holds, as few intervals as possible: sorted, overlapping and adjacent ones merged, empty ones dropped. */
export function union(intervals: readonly Interval[]): Interval[] {
  const spans = intervals.map(toSpan).filter((span) => span.start <= span.end).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    // `end + 1 >= start` also merges [.., 31 Dec] with [1 Jan, ..]: no day lies between them.
    if (last && last.end + 1 >= span.start) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map(toInterval);
}

/** The days of `base` that none of `holes` holds, sorted. */
export function subtract(base: Interval, holes: readonly Interval[]): Interval[] {
  const { start, end } = toSpan(base);
  if (end < start) return [];
  const parts: Span[] = [];
  let cursor = start;
  for (const hole of union(holes).map(toSpan)) {
    if (hole.end < cursor || hole.start > end) continue;
    if (hole.start > cursor) parts.push({ start: cursor, end: hole.start - 1 });
    // A hole reaching the end (an open one too: Infinity + 1 is no day after it) leaves nothing.
    if (hole.end >= end) return parts.map(toInterval);
    cursor = hole.end + 1;
  }
  parts.push({ start: cursor, end });
  return parts.map(toInterval);
}

/** Each interval cut to the window; those outside it are dropped. */
export function clip(intervals: readonly Interval[], window: Interval): Interval[] {
  return intervals.flatMap((interval) => intersect(interval, window) ?? []);
}
