/**
 * The gaps over time, cut from the validity intervals the statement returns (pure: no database,
 * no clock). At any date `d` the gaps that contain `d` are what `coverage(asOf: d)` lists:
 * - NO_INSTRUMENT: a target group or goal in force that no instrument in force reaches through a
 *   coverage link in force (the link's and the instrument's validity both count);
 * - NOT_MAPPED: a goal in force that no SERVES_GOAL links to any instrument at any date, so the
 *   graph cannot say whether it is a gap (coverage's `unmappedGoals`);
 * - NO_GOAL: an instrument in force with no SERVES_GOAL in force.
 */
import type { StatementRow } from '../../neo4j/statement.ts';
import type { NodeRecord } from '../entity/entity-model.ts';
import { clip, contains, intersect, overlaps, subtract, union, type Interval } from './intervals.ts';
import type { GAP_TIMELINE } from './statements.ts';

type TimelineRow = StatementRow<typeof GAP_TIMELINE>;
export type GapReason = 'NO_INSTRUMENT' | 'NOT_MAPPED' | 'NO_GOAL';
export type GapPeriodKind = 'STRATEGY' | 'BEFORE' | 'BETWEEN' | 'AFTER';

/** A window of dates asked for: both ends inclusive and known. */
export interface Window {
  from: string;
  to: string;
}

/** One target group, goal or instrument and when it was a gap, at every date (not cut to a window). */
export interface SubjectGap {
  node: NodeRecord;
  reason: GapReason;
  /** When the subject itself is in force. */
  inForce: Interval;
  /** When it is a gap: sorted, disjoint, inside `inForce`. */
  gaps: Interval[];
  /** Strategies that set the goal (HAS_GOAL) or prioritise the group (PRIORITISES). */
  strategyIds: string[];
}

/** A stretch of the window: one national strategy's period, or the time before, between or after them. */
export interface Period {
  kind: GapPeriodKind;
  strategy: NodeRecord | null;
  from: string;
  to: string;
}

/** An interval cut to the window, saying whether it went on beyond either end. */
export interface WindowedInterval {
  from: string;
  to: string;
  startsBefore: boolean;
  continuesAfter: boolean;
}

const validityOf = (node: NodeRecord): Interval => ({
  from: typeof node.props.validFrom === 'string' ? node.props.validFrom : null,
  to: typeof node.props.validTo === 'string' ? node.props.validTo : null,
});
const linkValidity = (link: { validFrom: string | null; validTo: string | null }): Interval => ({ from: link.validFrom, to: link.validTo });
const idOf = (node: NodeRecord): string => String(node.props.id);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Strategy ids by the goal they set or the group they prioritise. */
function strategiesBySubject(strategies: TimelineRow['strategies']): Map<string, string[]> {
  const bySubject = new Map<string, string[]>();
  for (const strategy of strategies) {
    for (const subject of [...strategy.goals, ...strategy.prioritises]) bySubject.set(subject, [...(bySubject.get(subject) ?? []), idOf(strategy.node)]);
  }
  return bySubject;
}

/** Every gap at every date; subjects that are never a gap are left out. */
export function subjectGaps(row: TimelineRow): SubjectGap[] {
  const instrumentValidity = new Map(row.instruments.map((node) => [idOf(node), validityOf(node)]));
  const linksBySubject = groupBy(row.links, (link) => link.subject);
  const goalLinksByInstrument = groupBy(row.goalLinks, (link) => link.instrument);
  const strategies = strategiesBySubject(row.strategies);

  const reached = (subject: string): Interval[] =>
    (linksBySubject.get(subject) ?? []).flatMap((link) => {
      const instrument = instrumentValidity.get(link.instrument);
      return instrument ? (intersect(linkValidity(link), instrument) ?? []) : [];
    });

  const fromSubjects = row.subjects.map(({ node, unmapped }): SubjectGap => {
    const inForce = validityOf(node);
    const id = idOf(node);
    const gaps = unmapped ? union([inForce]) : subtract(inForce, reached(id));
    return { node, reason: unmapped ? 'NOT_MAPPED' : 'NO_INSTRUMENT', inForce, gaps, strategyIds: strategies.get(id) ?? [] };
  });
  const fromInstruments = row.instruments.map((node): SubjectGap => {
    const inForce = validityOf(node);
    const served = (goalLinksByInstrument.get(idOf(node)) ?? []).map(linkValidity);
    return { node, reason: 'NO_GOAL', inForce, gaps: subtract(inForce, served), strategyIds: [] };
  });
  return [...fromSubjects, ...fromInstruments].filter((subject) => subject.gaps.length > 0);
}

/**
 * The national strategies that mark the periods: Strategy records of kind `strategy` that set
 * goals (HAS_GOAL) and have a start, by start. Bolig for velferd and Alle trenger et trygt hjem
 * today; the earlier projects set no goals, and white papers, acts and programmes are not periods.
 */
export function nationalStrategies(strategies: TimelineRow['strategies']): NodeRecord[] {
  return strategies
    .filter((strategy) => strategy.node.props.kind === 'strategy' && strategy.goals.length > 0 && typeof strategy.node.props.validFrom === 'string')
    .map((strategy) => strategy.node)
    .sort((a, b) => String(a.props.validFrom).localeCompare(String(b.props.validFrom)));
}

/** The window cut into the strategies' periods and the stretches before, between and after them. */
export function periodsOf(strategies: readonly NodeRecord[], window: Window): Period[] {
  const strategyPeriods = strategies.flatMap((strategy): Period[] => {
    const inWindow = intersect(validityOf(strategy), window);
    return inWindow?.from && inWindow.to ? [{ kind: 'STRATEGY', strategy, from: inWindow.from, to: inWindow.to }] : [];
  });
  const covered = union(strategyPeriods);
  const firstStart = covered[0]?.from ?? null;
  const lastEnd = covered.at(-1)?.to ?? null;
  const rest = subtract(window, covered).flatMap((interval): Period[] => {
    if (!interval.from || !interval.to) return [];
    const kind: GapPeriodKind = firstStart === null || interval.to < firstStart ? (firstStart === null ? 'AFTER' : 'BEFORE') : lastEnd !== null && interval.from > lastEnd ? 'AFTER' : 'BETWEEN';
    return [{ kind, strategy: null, from: interval.from, to: interval.to }];
  });
  return [...strategyPeriods, ...rest].sort((a, b) => a.from.localeCompare(b.from));
}

/** An interval cut to the window, or null when it lies outside. */
export function windowed(interval: Interval, window: Window): WindowedInterval | null {
  const cut = clip([interval], window)[0];
  if (!cut?.from || !cut.to) return null;
  return { from: cut.from, to: cut.to, startsBefore: interval.from === null || interval.from < window.from, continuesAfter: interval.to === null || interval.to > window.to };
}

/** The subject's gaps inside the window; empty when it was no gap then. */
export function gapsInWindow(subject: SubjectGap, window: Window): WindowedInterval[] {
  return subject.gaps.flatMap((gap) => windowed(gap, window) ?? []);
}

/** True when the subject is a gap at `date`. */
export function isGapAt(subject: SubjectGap, date: string): boolean {
  return subject.gaps.some((gap) => contains(gap, date));
}

export interface PeriodCounts {
  targetGroupsWithoutInstrument: number;
  goalsWithoutInstrument: number;
  goalsNotMapped: number;
  instrumentsWithoutGoal: number;
}

/** How many subjects of each kind were a gap on at least one day of the period. */
export function countsIn(period: Interval, subjects: readonly SubjectGap[]): PeriodCounts {
  const during = subjects.filter((subject) => subject.gaps.some((gap) => overlaps(gap, period)));
  const count = (label: string, reason: GapReason) => during.filter((subject) => subject.reason === reason && subject.node.labels.includes(label)).length;
  return {
    targetGroupsWithoutInstrument: count('TargetGroup', 'NO_INSTRUMENT'),
    goalsWithoutInstrument: count('Goal', 'NO_INSTRUMENT'),
    goalsNotMapped: count('Goal', 'NOT_MAPPED'),
    instrumentsWithoutGoal: count('Instrument', 'NO_GOAL'),
  };
}
