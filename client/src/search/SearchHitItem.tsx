/** One search hit: its type, a link to it, and why it matched ("Treff på «husleie», et søkeord for Bostøtte"). */
import { EntitySummaryLink } from '../browse/EntitySummaryLink.tsx';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.ts';
import type { SearchHitItemFragment } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { SEARCH_TEXTS, type SearchTexts } from './texts.ts';

export const SearchHitFragment = graphql(`
  fragment SearchHitItem on SearchHit {
    matchedIn
    matchedTerm
    missingWords
    entity {
      id
      type
      name
      ...EntitySummaryLink
    }
  }
`);

/** The sentence that says why a hit matched, in the reader's language. */
export function explanation(hit: Pick<SearchHitItemFragment, 'matchedIn' | 'matchedTerm'> & { entity: { name: string } }, s: SearchTexts): string {
  switch (hit.matchedIn) {
    case 'SEARCH_TERM':
      return s.searchTerm(hit.matchedTerm, hit.entity.name);
    case 'NAME':
      return s.name(hit.matchedTerm);
    case 'ABBREVIATION':
      return s.abbreviation(hit.matchedTerm);
    case 'FORMER_NAME':
      return s.formerName(hit.matchedTerm);
    case 'DESCRIPTION':
      return s.description(hit.matchedTerm);
  }
}

export function SearchHitItem({ hit: data }: { hit: FragmentType<typeof SearchHitFragment> }) {
  const { t, locale } = useT();
  const s = SEARCH_TEXTS[locale];
  const hit = getFragmentData(SearchHitFragment, data);
  return (
    <li className="search-hit" data-hit={hit.entity.id}>
      <span className="search-hit__type">{t.entityTypes[hit.entity.type]}</span>
      <EntitySummaryLink entity={hit.entity} />
      <span className="search-hit__why" data-why>{explanation(hit, s)}</span>
      {hit.missingWords.length > 0 && <span className="search-hit__missing muted">{s.missing(hit.missingWords.map((word) => `«${word}»`).join(', '))}</span>}
    </li>
  );
}
