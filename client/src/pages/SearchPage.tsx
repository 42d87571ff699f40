import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, Paragraph } from '../components/ds.tsx';
import { graphql } from '../gql/index.ts';
import type { EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { useAppHref, useGlobalParams } from '../app/global-params.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { EntitySummaryLink } from '../browse/EntitySummaryLink.tsx';

const SearchQuery = graphql(`
  query Search($text: String!, $types: [EntityType!], $asOf: Date, $lang: Lang) {
    search(text: $text, types: $types, first: 50, asOf: $asOf, lang: $lang) {
      score
      matchedFormerName
      entity {
        id
        type
        kind
        ...EntitySummaryLink
      }
    }
  }
`);

const SEARCHABLE_TYPES: readonly EntityType[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS'];

/** S10: full-text search typed by entity; `q` and `type` live in the URL. */
export default function SearchPage() {
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const href = useAppHref();
  const query = params.get('q') ?? '';
  const typeParam = params.get('type');
  const type = SEARCHABLE_TYPES.find((option) => option === typeParam);
  const [text, setText] = useState(query);
  const inputId = useId();
  const typeId = useId();
  useEffect(() => setText(query), [query]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchQuery,
    variables: { text: query, types: type ? [type] : null, asOf, lang },
    pause: query.trim() === '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('/sok', { q: text.trim(), type }));
  };
  const hits = data?.search ?? [];
  return (
    <>
      <PageTitle title={t.search.title}>{t.search.title}</PageTitle>
      <form className="row" onSubmit={submit} role="search">
        <div className="ds-field">
          <label className="ds-label" htmlFor={inputId}>{t.search.label}</label>
          <input id={inputId} className="ds-input" type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={typeId}>{t.search.typeFilter}</label>
          <select id={typeId} className="ds-input" value={type ?? ''} onChange={(event) => navigate(href('/sok', { q: text.trim(), type: event.currentTarget.value || undefined }))}>
            <option value="">{t.search.allTypes}</option>
            {SEARCHABLE_TYPES.map((option) => <option key={option} value={option}>{t.entityTypes[option]}</option>)}
          </select>
        </div>
        <Button type="submit" className="search-submit">{t.search.button}</Button>
      </form>
      {query.trim() === '' ? (
        <Paragraph>{t.search.prompt}</Paragraph>
      ) : (
        <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p role="status">{hits.length > 0 ? t.search.resultsFor(hits.length, query) : data ? t.search.noResults(query) : ''}</p>
          {hits.length > 0 && (
            <ol className="plain-list search-hits">
              {hits.map((hit) => (
                <li key={`${hit.entity.type}-${hit.entity.id}`}>
                  <strong>{t.entityTypes[hit.entity.type]}:</strong> <EntitySummaryLink entity={hit.entity} />
                  {hit.matchedFormerName && <span className="muted"> – {t.search.formerName(hit.matchedFormerName)}</span>}
                </li>
              ))}
            </ol>
          )}
        </QueryState>
      )}
    </>
  );
}
