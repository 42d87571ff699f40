/**
 * The candidates of a date, kept per database between requests. They are graph data (instruments,
 * criteria, relations, limit tables, notices), never anything of a household, and they change only
 * with the data version, which every situation read checks in its one round trip: a request for a
 * date the cache holds gets back the version and no lists (decision 0007).
 */
import type { CandidateSet } from './engine/types.ts';

export interface CachedCandidates {
  version: string;
  candidates: CandidateSet;
}

/** A caseworker asks about today; a handful of other dates is plenty. */
const MAX_DATES = 16;

const caches = new WeakMap<object, Map<string, CachedCandidates>>();

/** Shared by every request: frozen, so nothing can change a candidate for the next household. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function candidateCache(owner: object) {
  let byDate = caches.get(owner);
  if (!byDate) caches.set(owner, (byDate = new Map()));
  const dates = byDate;
  return {
    get: (date: string): CachedCandidates | undefined => dates.get(date),
    set(date: string, entry: CachedCandidates): CandidateSet {
      dates.delete(date);
      dates.set(date, { version: entry.version, candidates: deepFreeze(entry.candidates) });
      // Maps iterate in insertion order: the first key is the date used least recently.
      if (dates.size > MAX_DATES) dates.delete(dates.keys().next().value as string);
      return entry.candidates;
    },
  };
}
