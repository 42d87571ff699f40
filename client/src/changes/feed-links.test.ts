/** The explorer's feed addresses are the server's: the same slug per type as the persistent URIs. */
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS, LABEL_TYPES, URI_SLUGS } from '../../../server/src/vocabulary/index.ts';
import { feedTarget } from '../../../server/src/feeds/feed-request.ts';
import { ALL_CHANGES_FEED, entityFeedPath, typeFeedPath } from './feed-links.ts';

describe('feed links', () => {
  it.each(ENTITY_LABELS)('%s: the type feed and an entity feed are the ones the server serves', (label) => {
    const type = LABEL_TYPES[label];
    expect(typeFeedPath(type)).toBe(`/feeds/${URI_SLUGS[label]}.atom`);
    expect(feedTarget(typeFeedPath(type).slice('/feeds/'.length))).toEqual({ kind: 'type', label });
    expect(feedTarget(entityFeedPath(type, 'bustøtte-lova §5').slice('/feeds/'.length))).toEqual({ kind: 'entity', label, id: 'bustøtte-lova §5' });
  });

  it('the feed of everything', () => {
    expect(feedTarget(ALL_CHANGES_FEED.slice('/feeds/'.length))).toEqual({ kind: 'all' });
  });
});
