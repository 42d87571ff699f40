/**
 * One entry of "Siste endringer": the day, the entity (linked to its page) as it was named then,
 * what changed in one line, the reason and the sources; the field diff behind a disclosure. A
 * publication without changes of its own (the first seed import) says how many records it brought.
 */
import { AppLink } from '../components/AppLink.tsx';
import { Heading } from '../components/ds.tsx';
import { entityPath } from '../browse/routes.ts';
import { formatDay } from '../edit/datetime.ts';
import { graphql } from '../gql/index.ts';
import type { ChangeFeedEntryFragment as FeedEntryData } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { CHANGES_TEXTS } from './texts.ts';

export const ChangeFeedEntryFragment = graphql(`
  fragment ChangeFeedEntry on ChangeEntry {
    id
    recordCount
    publication { revision publishedAt kind title }
    entity { id type name }
    change { id summary reason fields { record action field before after } }
    sources { id title url }
  }
`);

export type FeedEntry = FeedEntryData;

/** A stored JSON value as a reader sees it: a string without its quotes, nothing as a dash. */
function shown(value: string | null): string {
  if (value === null) return '–';
  try {
    const parsed = JSON.parse(value) as unknown;
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return value;
  }
}

export function ChangeItem({ entry }: { entry: FeedEntry }) {
  const { t, locale } = useT();
  const c = CHANGES_TEXTS[locale];
  const day = formatDay(entry.publication.publishedAt, locale);
  const entity = entry.entity;
  const page = entity?.type ? entityPath(entity.type, entity.id) : null;
  const sources = entry.sources;
  return (
    <li className="change-feed__item" data-change={entry.id} data-entity={entity?.id ?? ''}>
      <p className="muted change-feed__meta">
        <time dateTime={String(entry.publication.publishedAt)}>{day}</time>
        {entity?.type ? ` · ${t.entityTypes[entity.type]}` : ''}
      </p>
      <Heading level={2} data-size="2xs" className="change-feed__title">
        {entity && page ? <AppLink to={page.to} params={page.params}>{entity.name}</AppLink> : (entity?.name ?? entry.publication.title)}
      </Heading>
      {entry.change ? (
        <>
          <p>{entry.change.summary}</p>
          <p><strong>{c.reason}:</strong> {entry.change.reason}</p>
          {sources.length > 0 && (
            <p>
              <strong>{c.sources}:</strong>{' '}
              {sources.map((source, index) => (
                <span key={source.id}>
                  {index > 0 ? '; ' : ''}
                  {source.url ? <a className="ds-link" href={source.url} rel="noreferrer">{source.title}</a> : source.title}
                </span>
              ))}
            </p>
          )}
          {entry.change.fields.length > 0 && (
            <details className="change-feed__diff">
              <summary>{c.diff}</summary>
              <dl>
                {entry.change.fields.map((field) => (
                  <div key={`${field.record}-${field.field}`}>
                    <dt>{field.record === entity?.id ? field.field : `${field.record} · ${field.field}`}</dt>
                    <dd><span className="visually-hidden">{c.before}: </span><del>{shown(field.before)}</del></dd>
                    <dd><span className="visually-hidden">{c.after}: </span><ins>{shown(field.after)}</ins></dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
        </>
      ) : (
        <p>{entry.recordCount !== null && entry.recordCount !== undefined ? c.imported(entry.recordCount) : entry.publication.title}</p>
      )}
    </li>
  );
}
