/**
 * "Siste endringer": the published changes, newest first, filtered by entity type (`type` in the
 * URL), with the Atom feed to subscribe to. While the page is open, new publications arrive over
 * Server-Sent Events and are put at the top, announced in a polite live region; nothing polls.
 * Loaded on demand with its own urql client without a normalised cache: an entry names an entity
 * as it was published then, which a cache keyed by id would overwrite with today's name.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Provider, useQuery } from 'urql';
import { createEditClient } from '../app/urql-client.ts';
import { useAppHref, useGlobalParams } from '../app/global-params.ts';
import { Button, Paragraph } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { getFragmentData, graphql } from '../gql/index.ts';
import type { ChangeFeedLiveSubscription, EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { CHANGES_TEXTS } from './texts.ts';
import { ChangeItem, ChangeFeedEntryFragment, type FeedEntry } from './ChangeItem.tsx';
import { ALL_CHANGES_FEED, ATOM_TYPE, typeFeedPath, useFeedLink } from './feed-links.ts';
import { subscribeLive } from './live.ts';
import './changes.css';

const ChangeFeedQuery = graphql(`
  query ChangeFeed($types: [EntityType!], $first: Int, $after: String, $lang: Lang) {
    changes(types: $types, first: $first, after: $after, lang: $lang) {
      nodes { id ...ChangeFeedEntry }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ChangeFeedLive = graphql(`
  subscription ChangeFeedLive($types: [EntityType!], $lang: Lang) {
    changePublished(types: $types, lang: $lang) { id ...ChangeFeedEntry }
  }
`);

const PAGE = 20;
const TYPES: readonly EntityType[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS', 'CRITERION', 'SOURCE'];

/** One page of the feed, read from a cursor; the last page offers the next. */
function FeedPage({ types, after, known, onMore }: { types: EntityType[] | null; after: string | null; known: ReadonlySet<string>; onMore: ((cursor: string) => void) | null }) {
  const { t, locale } = useT();
  const c = CHANGES_TEXTS[locale];
  const { lang } = useGlobalParams();
  const [{ data, fetching, error }] = useQuery({ query: ChangeFeedQuery, variables: { types, first: PAGE, after, lang } });
  if (error && !data) return <p className="muted">{c.failed}</p>;
  if (fetching && !data) return <p className="muted">{t.common.loading}</p>;
  const nodes = (data?.changes.nodes ?? []).filter((node) => !known.has(node.id));
  if (after === null && nodes.length === 0 && known.size === 0) return <p className="muted">{c.none}</p>;
  const next = data?.changes.pageInfo.hasNextPage ? data.changes.pageInfo.endCursor : null;
  return (
    <>
      <ol className="plain-list change-feed" data-page={after ?? 'first'}>
        {nodes.map((node) => <ChangeItem key={node.id} entry={getFragmentData(ChangeFeedEntryFragment, node)} />)}
      </ol>
      {next && onMore && <Button variant="secondary" onClick={() => onMore(next)}>{c.more}</Button>}
    </>
  );
}

function ChangeFeed() {
  const { t, locale } = useT();
  const c = CHANGES_TEXTS[locale];
  const { lang } = useGlobalParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const href = useAppHref();
  const filterId = useId();
  const type = TYPES.find((option) => option === params.get('type')) ?? null;
  const types = useMemo(() => (type ? [type] : null), [type]);
  const [cursors, setCursors] = useState<string[]>([]);
  const [arrived, setArrived] = useState<FeedEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [refresh, setRefresh] = useState(0);
  const feed = type ? typeFeedPath(type) : ALL_CHANGES_FEED;
  useFeedLink(feed, c.feedTitle);

  // A new filter or language starts the list afresh.
  useEffect(() => {
    setCursors([]);
    setArrived([]);
  }, [type, lang]);

  const onEntry = useCallback(
    (data: ChangeFeedLiveSubscription) => {
      const entry = getFragmentData(ChangeFeedEntryFragment, data.changePublished);
      setArrived((current) => (current.some((known) => known.id === entry.id) ? current : [entry, ...current]));
      setAnnouncement(c.arrived(entry.entity?.name ?? entry.publication.title));
    },
    [c],
  );

  useEffect(
    () =>
      subscribeLive(ChangeFeedLive, { types, lang }, {
        next: onEntry,
        // What was published during a break is on the first page again.
        reconnected: () => {
          setArrived([]);
          setCursors([]);
          setRefresh((count) => count + 1);
        },
      }),
    [types, lang, onEntry],
  );

  const known = useMemo(() => new Set(arrived.map((entry) => entry.id)), [arrived]);
  const pages = [null, ...cursors];
  return (
    <>
      <PageTitle title={t.changes.title}>{t.changes.title}</PageTitle>
      <Paragraph>{c.intro}</Paragraph>
      <p className="change-feed__subscribe">
        <a className="ds-link" href={feed} type={ATOM_TYPE}>{c.subscribe}</a>
        <br />
        <span className="muted">{c.subscribeHelp}</span>
      </p>
      <div className="ds-field change-feed__filter">
        <label className="ds-label" htmlFor={filterId}>{c.typeFilter}</label>
        <select id={filterId} className="ds-input" value={type ?? ''} onChange={(event) => navigate(href('/siste-endringer', { type: event.currentTarget.value || undefined }))}>
          <option value="">{c.allTypes}</option>
          {TYPES.map((option) => <option key={option} value={option}>{t.entityTypes[option]}</option>)}
        </select>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden" data-live-announcement>{announcement}</p>
      {arrived.length > 0 && (
        <ol className="plain-list change-feed" data-page="live">
          {arrived.map((entry) => <ChangeItem key={entry.id} entry={entry} />)}
        </ol>
      )}
      {pages.map((after, index) => (
        <FeedPage key={`${refresh}-${after ?? 'first'}`} types={types} after={after} known={known} onMore={index === pages.length - 1 ? (cursor) => setCursors((current) => [...current, cursor]) : null} />
      ))}
    </>
  );
}

export default function ChangesPage() {
  const client = useMemo(() => createEditClient(), []);
  return (
    <Provider value={client}>
      <ChangeFeed />
    </Provider>
  );
}
