/**
 * Limit tables (bostøtte's income limits by household size and municipality group) as ranges.
 * A comparison with a table is decided only when every limit that could apply decides it the same
 * way: the municipality group is unknown without a kommunenummer, a merged municipality may lie
 * between two groups, and after the newest table in the graph the current limit is unknown.
 *
 * After the newest table the engine follows one documented rule (docs/content.md, "Dates after the
 * newest table"): the limits have been raised since, so an income at or below the last known limit
 * is below today's too; an income more than STALE_LIMIT_FACTOR times the last known limit is taken
 * to be above today's; anything between is uncertain and the explanation sends the reader to
 * Husbanken's calculator.
 */
import { inForce } from './in-force.ts';
import type { Comparison, Facts, LocalizedText, Period } from './types.ts';

/** Above this multiple of the last known limit an income is taken to be over today's limit. */
export const STALE_LIMIT_FACTOR = 2;

export interface LimitGroupMunicipality {
  number: string;
  name: string;
  /** A merged municipality only partly in this group: the household is between groups. */
  partly: boolean;
  /** When the number meant this municipality (null: open). */
  validFrom: string | null;
  validTo: string | null;
}

export interface LimitGroup {
  id: string;
  name: LocalizedText;
  allOthers: boolean;
  /** Entry i is for a household of i + 1 persons. */
  values: readonly number[];
  municipalities: readonly LimitGroupMunicipality[];
}

export interface LimitTable extends Period {
  id: string;
  unit: 'NOK_PER_MONTH' | 'NOK_PER_YEAR';
  groups: readonly LimitGroup[];
  /** Where the agency publishes today's values. */
  currentValuesUrl: string | null;
}

/** The tables the criteria compare with, by id, and the date asked about. */
export interface Limits {
  tables: ReadonlyMap<string, readonly LimitTable[]>;
  asOf: string;
}

export const NO_LIMITS: Limits = { tables: new Map(), asOf: '0000-01-01' };

/** Why a range is wider than one number. */
export interface LimitRange {
  /** The lowest and highest limit that could apply, scaled (a year's income). */
  low: number;
  high: number;
  /** The highest limit in the table itself, before the margin for a stale table. */
  knownHigh: number;
  table: LimitTable;
  /** The groups that could apply (one when the municipality decides it). */
  groups: readonly LimitGroup[];
  /** True when the date is after the table's period (and every newer table's). */
  stale: boolean;
  /** True when the household is larger than the table covers: only a lower bound is known. */
  beyondTable: boolean;
}

/** The table in force at the date, else the newest that started before it (stale); null before the first. */
export function tableAt(tables: readonly LimitTable[], date: string): { table: LimitTable; stale: boolean } | null {
  const current = tables.find((table) => inForce(table, date));
  if (current) return { table: current, stale: false };
  const earlier = tables.filter((table) => table.validFrom === null || table.validFrom <= date);
  const newest = earlier.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
  return newest ? { table: newest, stale: true } : null;
}

/**
 * The groups a kommunenummer could be in at the date: all of them when it is unknown. A number
 * kept through a merger is listed twice, whole before the merger and `partly` after it.
 */
export function groupsFor(table: LimitTable, municipalityNumber: string | null, date: string): readonly LimitGroup[] {
  if (municipalityNumber === null) return table.groups;
  const listed = (group: LimitGroup, partly: boolean): boolean =>
    group.municipalities.some((m) => m.number === municipalityNumber && m.partly === partly && inForce(m, date));
  const listing = table.groups.filter((group) => listed(group, true) || listed(group, false));
  const fully = listing.filter((group) => listed(group, false));
  if (fully.length > 0) return fully;
  const others = table.groups.filter((group) => group.allOthers);
  return [...listing, ...others];
}

/** The range of limits a table comparison could mean for this household, or null when no table applies. */
export function limitRange(comparison: Comparison, facts: Facts, limits: Limits): LimitRange | null {
  const spec = comparison.valueFromTable;
  if (!spec) return null;
  const found = tableAt(limits.tables.get(spec.table) ?? [], limits.asOf);
  if (!found) return null;
  const municipality = typeof facts.municipalityNumber === 'string' ? facts.municipalityNumber : null;
  const groups = groupsFor(found.table, municipality, limits.asOf);
  const size = Math.max(1, typeof facts.householdSize === 'number' ? facts.householdSize : 1);
  const values = groups.flatMap((group) => {
    const value = group.values[Math.min(size, group.values.length) - 1];
    return value === undefined ? [] : [value * spec.scale];
  });
  if (values.length === 0) return null;
  const beyondTable = groups.some((group) => size > group.values.length);
  const low = Math.min(...values);
  const knownHigh = Math.max(...values);
  const high = beyondTable ? Number.POSITIVE_INFINITY : found.stale ? knownHigh * STALE_LIMIT_FACTOR : knownHigh;
  return { low, high, knownHigh, table: found.table, groups, stale: found.stale, beyondTable };
}

/** A bound compared with a range: decided only when both ends agree. */
export function compareWithRange(op: Comparison['op'], actual: number, range: LimitRange): boolean | undefined {
  const decide = (atLow: boolean, atHigh: boolean): boolean | undefined => (atLow === atHigh ? atLow : undefined);
  if (op === 'lte') return decide(actual <= range.low, actual <= range.high);
  if (op === 'lt') return decide(actual < range.low, actual < range.high);
  if (op === 'gte') return decide(actual >= range.low, actual >= range.high);
  if (op === 'gt') return decide(actual > range.low, actual > range.high);
  return undefined;
}
