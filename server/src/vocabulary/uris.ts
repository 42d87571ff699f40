/**
 * Persistent URIs: every entity is `{base}/id/{slug}/{id}`, with the slug of its label below.
 * The slug and the id never change (a rename keeps the id), so a URI once published keeps naming
 * the same thing; docs/decisions/0010 records the pattern.
 */
import { ENTITY_LABELS, type EntityLabel } from './labels.ts';

export const URI_SLUGS = {
  Instrument: 'instrument',
  Actor: 'actor',
  TargetGroup: 'target-group',
  Goal: 'goal',
  Strategy: 'strategy',
  LegalBasis: 'legal-basis',
  Criterion: 'criterion',
  Source: 'source',
} as const satisfies Record<EntityLabel, string>;
export type UriSlug = (typeof URI_SLUGS)[EntityLabel];

const SLUG_LABELS = new Map<string, EntityLabel>(ENTITY_LABELS.map((label) => [URI_SLUGS[label], label]));

/** The label a URI's slug names, or undefined for a slug that names none. */
export const labelOfSlug = (slug: string): EntityLabel | undefined => SLUG_LABELS.get(slug);

/** The persistent URI of an entity; `base` is an origin without a trailing slash. */
export const entityUri = (base: string, label: EntityLabel, id: string): string => `${base}/id/${URI_SLUGS[label]}/${encodeURIComponent(id)}`;

/** The URI of the catalogue itself (dcat:Catalog) and of other resources the exports name. */
export const catalogUri = (base: string): string => `${base}/id/catalog`;
