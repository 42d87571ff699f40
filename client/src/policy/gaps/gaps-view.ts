/** What the gaps page draws, from the API's answer: pure, so the rules are tested without a browser. */
import type { GapReason } from '../../gql/graphql.ts';
import type { SubjectKind } from './texts.ts';

export const REASONS: readonly GapReason[] = ['NO_INSTRUMENT', 'NOT_MAPPED', 'NO_GOAL'];
export const SUBJECT_KINDS: readonly SubjectKind[] = ['TARGET_GROUP', 'GOAL', 'INSTRUMENT'];

export interface SpanLike {
  from: string;
  to: string;
  startsBefore: boolean;
  continuesAfter: boolean;
}

export interface SubjectLike {
  entity: { id: string; type: string };
  reason: GapReason;
  spans: readonly SpanLike[];
}

export interface GapFilters {
  reasons: GapReason[];
  kinds: SubjectKind[];
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Kept subjects: none chosen of a filter means all of it. */
export function filterSubjects<T extends SubjectLike>(subjects: readonly T[], filters: GapFilters): T[] {
  return subjects.filter(
    (subject) =>
      (filters.reasons.length === 0 || filters.reasons.includes(subject.reason)) &&
      (filters.kinds.length === 0 || (filters.kinds as readonly string[]).includes(subject.entity.type)),
  );
}

/** Where a stretch of days sits on the timeline, as percentages of the window; the last day counts whole. */
export function placement(window: { from: string; to: string }, stretch: { from: string; to: string }): { left: number; width: number } {
  const start = dayOf(window.from);
  const length = dayOf(window.to) + 1 - start;
  const left = ((dayOf(stretch.from) - start) / length) * 100;
  const width = ((dayOf(stretch.to) + 1 - dayOf(stretch.from)) / length) * 100;
  return { left: round(left), width: round(width) };
}

const round = (value: number): number => Math.round(value * 100) / 100;

/** The 1 January of every year inside the window, for the ticks. */
export function yearTicks(window: { from: string; to: string }): string[] {
  const first = Number(window.from.slice(0, 4)) + (window.from.endsWith('-01-01') ? 0 : 1);
  const last = Number(window.to.slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => `${first + i}-01-01`);
}

/** A period's years as people say them: 2014–2020; one year alone when it starts and ends in it. */
export function yearsOf(period: { from: string; to: string }): string {
  const from = period.from.slice(0, 4);
  const to = period.to.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/** A gap in words, for the table and a screen reader: "1.1.2021–31.12.2024 (fortsetter)". */
export function spanWords(span: SpanLike, words: { range: (from: string, to: string) => string; ongoing: string; before: string }, date: (iso: string) => string): string {
  const notes = [span.startsBefore ? words.before : '', span.continuesAfter ? words.ongoing : ''].filter(Boolean);
  return notes.length ? `${words.range(date(span.from), date(span.to))} (${notes.join(', ')})` : words.range(date(span.from), date(span.to));
}
