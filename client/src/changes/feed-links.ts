/**
 * Atom feed addresses of the change feed (server/src/feeds/): everything, one entity type, one
 * entity. The type slugs are those of the persistent URIs (`/id/{slug}/{id}`).
 */
import { useEffect } from 'react';
import type { EntityType } from '../gql/graphql.ts';

export const ALL_CHANGES_FEED = '/feeds/changes.atom';
export const ATOM_TYPE = 'application/atom+xml';

const SLUGS: Record<EntityType, string> = {
  INSTRUMENT: 'instrument',
  ACTOR: 'actor',
  TARGET_GROUP: 'target-group',
  GOAL: 'goal',
  STRATEGY: 'strategy',
  LEGAL_BASIS: 'legal-basis',
  CRITERION: 'criterion',
  SOURCE: 'source',
};

export const typeFeedPath = (type: EntityType): string => `/feeds/${SLUGS[type]}.atom`;
export const entityFeedPath = (type: EntityType, id: string): string => `/feeds/${SLUGS[type]}/${encodeURIComponent(id)}.atom`;

/**
 * `<link rel="alternate" type="application/atom+xml">` in the document head while the page is
 * open, so a feed reader or browser given the page's address finds its feed.
 */
export function useFeedLink(href: string, title: string): void {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = ATOM_TYPE;
    link.href = href;
    link.title = title;
    document.head.appendChild(link);
    return () => link.remove();
  }, [href, title]);
}
