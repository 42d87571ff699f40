import type { EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { ATOM_TYPE, entityFeedPath, useFeedLink } from './feed-links.ts';

/** "Abonner på endringer" on an entity page: its Atom feed, also named in the document head for feed readers. */
export function SubscribeLink({ type, id, name }: { type: EntityType; id: string; name: string }) {
  const { t } = useT();
  const feed = entityFeedPath(type, id);
  useFeedLink(feed, `${name}: ${t.changes.subscribeEntity}`);
  return (
    <a className="ds-link" href={feed} type={ATOM_TYPE} data-feed-link>
      {t.changes.subscribeEntity}
    </a>
  );
}
