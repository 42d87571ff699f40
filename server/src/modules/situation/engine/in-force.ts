/**
 * The in-force rule of docs/graph-model.md, `(validFrom IS NULL OR validFrom <= d) AND
 * (validTo IS NULL OR validTo >= d)`, for data already loaded. The loader applies the same rule in
 * Cypher; the engine applies it again so that it is correct for any candidate set it is given
 * (fixtures, caches, a loader that over-fetches). The cost is one comparison per criterion and relation.
 */
import type { CandidateSet, Period } from './types.ts';

/** Dates are 'YYYY-MM-DD', so string order is date order. */
export function inForce(period: Period, asOf: string): boolean {
  return (period.validFrom === null || period.validFrom <= asOf) && (period.validTo === null || period.validTo >= asOf);
}

/** Criteria and relations in force at `asOf`; relations only between instruments in the set. */
export function inForceAt(candidates: CandidateSet, asOf: string): CandidateSet {
  const instruments = candidates.instruments.map((instrument) => ({
    ...instrument,
    criteria: instrument.criteria.filter((criterion) => inForce(criterion, asOf)),
  }));
  const ids = new Set(instruments.map((instrument) => instrument.id));
  const relations = candidates.relations.filter((relation) => inForce(relation, asOf) && ids.has(relation.from) && ids.has(relation.to));
  // Notices carry no period of their own here: the loader keeps only those in force.
  return { instruments, relations, limitTables: candidates.limitTables ?? [], notices: candidates.notices ?? [] };
}
