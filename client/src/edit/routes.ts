/** The editing screens' routes and the entity kinds they edit (the same path words as the browse pages). */
import type { EntityType } from '../gql/graphql.ts';

export const EDIT_SEGMENTS = {
  virkemiddel: 'INSTRUMENT',
  aktor: 'ACTOR',
  malgruppe: 'TARGET_GROUP',
  mal: 'GOAL',
  strategi: 'STRATEGY',
  rettsgrunnlag: 'LEGAL_BASIS',
} as const satisfies Record<string, EntityType>;

export type EditSegment = keyof typeof EDIT_SEGMENTS;
export type EditableType = (typeof EDIT_SEGMENTS)[EditSegment];

export function isEditSegment(value: string | undefined): value is EditSegment {
  return value !== undefined && Object.hasOwn(EDIT_SEGMENTS, value);
}

export function segmentOf(type: EntityType): EditSegment | null {
  const found = Object.entries(EDIT_SEGMENTS).find(([, entityType]) => entityType === type);
  return found ? (found[0] as EditSegment) : null;
}

/** `/rediger/aktor/husbanken`, or null for a kind without an editor screen. */
export function editPath(type: EntityType, id: string): string | null {
  const segment = segmentOf(type);
  return segment ? `/rediger/${segment}/${encodeURIComponent(id)}` : null;
}

export const changeSetPath = (id: string): string => `/endringer/${encodeURIComponent(id)}`;

/**
 * The entity a page shows, from its path (`/aktor/husbanken`, `/rediger/aktor/husbanken`), for a
 * reader's report; null on pages that show no single entity.
 */
export function entityIdFromPath(pathname: string): string | null {
  const match = /^\/(?:rediger\/)?(virkemiddel|aktor|malgruppe|mal|strategi|rettsgrunnlag)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[2]!);
  } catch {
    return null;
  }
}
