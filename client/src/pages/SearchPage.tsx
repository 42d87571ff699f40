/**
 * S10 "Søk": search that understands everyday words (issue 16). Each hit says why it matched,
 * facets by type, ministry and target group narrow the list with their counts, and a search that
 * finds nothing offers words that do. The text and every choice live in the address (q, type,
 * departement, malgruppe); the result count is announced in a polite live region. The first 20
 * hits (the API's default): the cost limit multiplies a list by an explicit `first`.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AppLink } from '../components/AppLink.tsx';
import { Button, Paragraph } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { graphql } from '../gql/index.ts';
import type { EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { useAppHref, useGlobalParams } from '../app/global-params.ts';
import { SearchFacets } from '../search/SearchFacets.tsx';
import { SearchHitItem } from '../search/SearchHitItem.tsx';
import { choiceParams, hasChoices, readChoices, toggled, type FacetChoices, type FacetName } from '../search/search-params.ts';
import { SEARCH_TEXTS, SUGGESTED_WORDS } from '../search/texts.ts';
import '../search/search.css';

const SearchResultsQuery = graphql(`
  query SearchResults($text: String!, $types: [EntityType!], $ministries: [ID!], $targetGroups: [ID!], $asOf: Date, $lang: Lang) {
    searchResults(text: $text, types: $types, ministries: $ministries, targetGroups: $targetGroups, asOf: $asOf, lang: $lang) {
      totalCount
      partial
      searchedWords
      hits { matchedIn matchedTerm missingWords entity { ...EntitySummaryLink } }
      facets {
        types { value count }
        ministries { count entity { id name } }
        targetGroups { count entity { id name } }
      }
    }
  }
`);

function NoResults({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { locale } = useT();
  const s = SEARCH_TEXTS[locale];
  return (
    <div className="search-help" data-no-results>
      <h2 className="ds-heading">{s.helpHeading}</h2>
      <ul>
        {filtered && <li><Button variant="secondary" onClick={onClear}>{s.clearFilters}</Button></li>}
        <li>{s.helpSpelling}</li>
        <li>
          {s.helpWords}{' '}
          {SUGGESTED_WORDS[locale].map((word, index) => (
            <span key={word}>
              {index > 0 && ', '}
              <AppLink to="/sok" params={{ q: word }}>«{word}»</AppLink>
            </span>
          ))}
        </li>
        <li><AppLink to="/utforsk">{s.helpBrowse}</AppLink></li>
      </ul>
    </div>
  );
}

export default function SearchPage() {
  const { t, locale } = useT();
  const s = SEARCH_TEXTS[locale];
  const { asOf, lang } = useGlobalParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const href = useAppHref();
  const query = params.get('q') ?? '';
  const choices = readChoices(params);
  const [text, setText] = useState(query);
  const inputId = useId();
  useEffect(() => setText(query), [query]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchResultsQuery,
    variables: { text: query, types: choices.types.length ? (choices.types as EntityType[]) : null, ministries: choices.ministries, targetGroups: choices.targetGroups, asOf, lang },
    pause: query.trim() === '',
  });
  const go = (q: string, next: FacetChoices) => navigate(href('/sok', { q, ...choiceParams(next) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(text.trim(), choices);
  };
  const onToggle = (facet: FacetName, value: string) => go(query, toggled(choices, facet, value));
  const result = data?.searchResults;
  const hits = result?.hits ?? [];
  const status = !result ? '' : result.totalCount > 0 ? s.results(result.totalCount, query) : hasChoices(choices) ? s.noneFiltered(query) : s.none(query);
  return (
    <>
      <PageTitle title={query ? `${t.search.title}: ${query}` : t.search.title}>{t.search.title}</PageTitle>
      <form className="row search-form" onSubmit={submit} role="search">
        <div className="ds-field">
          <label className="ds-label" htmlFor={inputId}>{t.search.label}</label>
          <input id={inputId} className="ds-input" type="search" value={text} maxLength={200} onChange={(event) => setText(event.currentTarget.value)} />
        </div>
        <Button type="submit" className="search-submit">{t.search.button}</Button>
      </form>
      {query.trim() === '' ? (
        <Paragraph>{t.search.prompt}</Paragraph>
      ) : (
        <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
          <p role="status" aria-live="polite" className="search-status" data-search-status>
            {status}
            {result && hits.length < result.totalCount ? ` ${s.showing(hits.length)}` : ''}
          </p>
          {result && result.searchedWords.length > 0 && result.searchedWords.join(' ') !== query.trim().toLowerCase() && (
            <p className="muted search-searched">{s.searchedFor(result.searchedWords.map((word) => `«${word}»`).join(' '))}</p>
          )}
          {result?.partial && <p className="search-partial">{s.partial}</p>}
          <div className="search-layout">
            {result && (result.totalCount > 0 || hasChoices(choices)) && <SearchFacets counts={result.facets} choices={choices} onToggle={onToggle} />}
            <div className="search-results">
              {hits.length > 0 ? (
                <ol className="plain-list search-hits">
                  {hits.map((hit, index) => <SearchHitItem key={index} hit={hit} />)}
                </ol>
              ) : (
                result && <NoResults filtered={hasChoices(choices)} onClear={() => go(query, { types: [], ministries: [], targetGroups: [] })} />
              )}
            </div>
          </div>
        </QueryState>
      )}
    </>
  );
}
