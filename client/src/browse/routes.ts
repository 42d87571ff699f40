/** Where each kind of entity has its page. Kinds without a page open in the graph view instead. */
import type { EntityType } from '../gql/graphql.ts';

const PAGE_PREFIX: Partial<Record<EntityType, string>> = {
  INSTRUMENT: '/virkemiddel/',
  ACTOR: '/aktor/',
  TARGET_GROUP: '/malgruppe/',
  GOAL: '/mal/',
  STRATEGY: '/strategi/',
  LEGAL_BASIS: '/rettsgrunnlag/',
};

export function entityPath(type: EntityType, id: string): { to: string; params?: Record<string, string> } {
  const prefix = PAGE_PREFIX[type];
  return prefix ? { to: `${prefix}${encodeURIComponent(id)}` } : { to: '/graf', params: { fokus: id } };
}
