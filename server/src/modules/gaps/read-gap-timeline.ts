/**
 * gapTimeline: one read of every validity interval, cut here into the window's periods and each
 * subject's gap spans (gap-timeline.ts holds the pure interval rules).
 */
import { badUserInput } from '../../errors.ts';
import type { Database } from '../../neo4j/database.ts';
import { COVERAGE_TYPES } from '../../vocabulary/index.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { byName } from '../policy/shared.ts';
import { countsIn, gapsInWindow, isGapAt, nationalStrategies, periodsOf, subjectGaps, type GapReason, type Period, type PeriodCounts, type SubjectGap, type Window, type WindowedInterval } from './gap-timeline.ts';
import { addDays } from './intervals.ts';
import { GAP_SUBJECT_LABELS, GAP_TIMELINE } from './statements.ts';

/** A window longer than this is a typo (a year 2o24 read as 224), not a question. */
const MAX_WINDOW_DAYS = 100 * 366;

export interface GapPeriodModel extends PeriodCounts {
  kind: Period['kind'];
  strategy: SummaryModel | null;
  from: string;
  to: string;
}

export interface GapSubjectModel {
  entity: SummaryModel;
  reason: GapReason;
  validFrom: string | null;
  validTo: string | null;
  spans: WindowedInterval[];
  gapAtAsOf: boolean;
  strategies: SummaryModel[];
}

export interface GapTimelineModel {
  from: string;
  to: string;
  asOf: string;
  periods: GapPeriodModel[];
  subjects: GapSubjectModel[];
}

/** Target groups, then goals, then instruments: the order a briefing reads them in. */
const SUBJECT_ORDER = ['TargetGroup', 'Goal', 'Instrument'] as const;
const subjectRank = (node: NodeRecord): number => SUBJECT_ORDER.findIndex((label) => node.labels.includes(label));

/** The asked-for window, or the default one: first strategy's start to asOf or the last strategy's end, whichever is later. */
export function windowOf(args: { from?: string | null; to?: string | null }, strategies: readonly NodeRecord[], asOf: string): Window {
  const starts = strategies.map((node) => node.props.validFrom).filter((date): date is string => typeof date === 'string');
  const ends = strategies.map((node) => node.props.validTo).filter((date): date is string => typeof date === 'string');
  const lastEnd = ends.sort().at(-1);
  const from = args.from ?? starts.sort()[0] ?? asOf;
  const to = args.to ?? (lastEnd && lastEnd > asOf ? lastEnd : asOf);
  if (from > to) throw badUserInput('`from` must be on or before `to`.', 'from');
  if (addDays(from, MAX_WINDOW_DAYS) < to) throw badUserInput('The window from `from` to `to` may be at most 100 years long.', 'to');
  return { from, to };
}

function subjectModel(subject: SubjectGap, window: Window, scope: ReadScope, strategiesById: ReadonlyMap<string, NodeRecord>): GapSubjectModel | null {
  const spans = gapsInWindow(subject, window);
  if (spans.length === 0) return null;
  const strategies = subject.strategyIds.flatMap((id) => strategiesById.get(id) ?? []).sort((a, b) => String(a.props.validFrom ?? '').localeCompare(String(b.props.validFrom ?? '')));
  return {
    entity: { scope, node: subject.node },
    reason: subject.reason,
    validFrom: subject.inForce.from,
    validTo: subject.inForce.to,
    spans,
    gapAtAsOf: isGapAt(subject, scope.asOf),
    strategies: strategies.map((node) => ({ scope, node })),
  };
}

export async function readGapTimeline(db: Pick<Database, 'read'>, scope: ReadScope, args: { from?: string | null; to?: string | null }): Promise<GapTimelineModel> {
  // Checked before the read so a bad window costs no round trip; the default needs the strategies.
  if (args.from && args.to) windowOf(args, [], scope.asOf);
  const [row] = await db.read(GAP_TIMELINE, { revision: scope.revision, subjectLabels: [...GAP_SUBJECT_LABELS], coverageTypes: [...COVERAGE_TYPES] });
  if (!row) return { ...windowOf(args, [], scope.asOf), asOf: scope.asOf, periods: [], subjects: [] };
  const strategies = nationalStrategies(row.strategies);
  const window = windowOf(args, strategies, scope.asOf);
  const all = subjectGaps(row);
  const strategiesById = new Map(row.strategies.map((strategy) => [String(strategy.node.props.id), strategy.node]));
  const compare = byName(scope);
  const subjects = all
    .sort((a, b) => subjectRank(a.node) - subjectRank(b.node) || compare(a.node, b.node))
    .flatMap((subject) => subjectModel(subject, window, scope, strategiesById) ?? []);
  const periods = periodsOf(strategies, window).map((period) => ({
    kind: period.kind,
    strategy: period.strategy ? { scope, node: period.strategy } : null,
    from: period.from,
    to: period.to,
    ...countsIn(period, all),
  }));
  return { ...window, asOf: scope.asOf, periods, subjects };
}
