/** One search hit: its type, a link to it, and why it matched ("Treff på «husleie», et søkeord for Bostøtte"). */
import { EntitySummaryLink, EntitySummaryLinkFragment } from '../browse/EntitySummaryLink.tsx';
import { getFragmentData, type FragmentType } from '../gql/index.ts';
import type { SearchMatchField } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { SEARCH_TEXTS, type SearchTexts } from './texts.ts';

/**
 * A hit as the page's query reads it. Not a fragment of its own: the API's cost limit counts a
 * fragment inside a fragment many times over (12,877 against a limit of 5,000; 148 without).
 */
export interface SearchHitData {
  matchedIn: SearchMatchField;
  matchedTerm: string;
  missingWords: readonly string[];
  entity: FragmentType<typeof EntitySummaryLinkFragment>;
}

/** The sentence that says why a hit matched, in the reader's language. */
export function explanation(hit: { matchedIn: SearchMatchField; matchedTerm: string }, name: string, s: SearchTexts): string {
  switch (hit.matchedIn) {
    case 'SEARCH_TERM':
      return s.searchTerm(hit.matchedTerm, name);
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

export function SearchHitItem({ hit }: { hit: SearchHitData }) {
  const { t, locale } = useT();
  const s = SEARCH_TEXTS[locale];
  const entity = getFragmentData(EntitySummaryLinkFragment, hit.entity);
  return (
    <li className="search-hit" data-hit={entity.id}>
      <span className="search-hit__type">{t.entityTypes[entity.type]}</span>
      <EntitySummaryLink entity={hit.entity} />
      <span className="search-hit__why" data-why>{explanation(hit, entity.name, s)}</span>
      {hit.missingWords.length > 0 && <span className="search-hit__missing muted">{s.missing(hit.missingWords.map((word) => `«${word}»`).join(', '))}</span>}
    </li>
  );
}
