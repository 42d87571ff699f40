/**
 * Facets over the hits of one search: by entity type, by ministry and by target group. Values
 * within a facet widen (either ministry), facets narrow each other (this ministry and that target
 * group). Each facet's counts are taken with the other facets' choices applied but not its own, so
 * a reader sees how many a second value would add; with no choice made, every count is a count of
 * the hits themselves.
 */
import type { NodeRecord } from '../entity/entity-model.ts';
import { LABEL_TYPES, type EntityLabel, type EntityTypeName } from '../../vocabulary/index.ts';

export const FACETS = ['types', 'ministries', 'targetGroups'] as const;
export type Facet = (typeof FACETS)[number];

/** What one hit is, for each facet: its type, and the ids of its ministries and target groups. */
export interface FacetValues {
  types: readonly string[];
  ministries: readonly string[];
  targetGroups: readonly string[];
}

/** The values chosen per facet; an empty list chooses nothing, so nothing is filtered. */
export type FacetChoices = Record<Facet, readonly string[]>;

export interface Counted {
  value: string;
  count: number;
}

export interface Faceted<H> {
  hits: H[];
  counts: Record<Facet, Counted[]>;
}

export function typeOf(node: NodeRecord): EntityTypeName | null {
  const label = node.labels.find((name): name is EntityLabel => name in LABEL_TYPES);
  return label ? LABEL_TYPES[label] : null;
}

const passes = (values: FacetValues, choices: FacetChoices, facet: Facet): boolean =>
  choices[facet].length === 0 || values[facet].some((value) => choices[facet].includes(value));

/** Most hits first; a tie in the order the values were first met (the hits' order). */
function count(values: readonly (readonly string[])[]): Counted[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count);
}

export function applyFacets<H>(hits: readonly H[], valuesOf: (hit: H) => FacetValues, choices: FacetChoices): Faceted<H> {
  const described = hits.map((hit) => ({ hit, values: valuesOf(hit) }));
  const passesOthers = (values: FacetValues, own: Facet): boolean => FACETS.every((facet) => facet === own || passes(values, choices, facet));
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, count(described.filter(({ values }) => passesOthers(values, facet)).map(({ values }) => values[facet]))]),
  ) as Record<Facet, Counted[]>;
  const kept = described.filter(({ values }) => FACETS.every((facet) => passes(values, choices, facet))).map(({ hit }) => hit);
  return { hits: kept, counts };
}
