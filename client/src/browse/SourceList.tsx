import { Heading } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';

export const SourceItemFragment = graphql(`
  fragment SourceItem on Source {
    id
    title
    publisher
    url
    checkedOn
    confidence
  }
`);

export type SourceItemData = { id: string; title: string; publisher: string; url: string; checkedOn: string; confidence: string };

/** Sources with publisher and "sist kontrollert" date (design principle 7: show sources and their age). */
export function SourceList({ sources, headingLevel = 2 }: { sources: readonly FragmentType<typeof SourceItemFragment>[]; headingLevel?: 2 | 3 | 4 }) {
  return <PlainSourceList items={sources.map((source) => getFragmentData(SourceItemFragment, source))} headingLevel={headingLevel} />;
}

/**
 * The same list from plain fields, for queries that cannot afford another fragment level (the
 * API's depth limit counts fragment spreads).
 */
export function PlainSourceList({ items, headingLevel = 2 }: { items: readonly SourceItemData[]; headingLevel?: 2 | 3 | 4 }) {
  const { t, locale } = useT();
  return (
    <section className="source-list">
      <Heading level={headingLevel} data-size="2xs">{t.common.sources}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t.common.none}</p>
      ) : (
        <ul className="plain-list">
          {items.map((source) => (
            <li key={source.id}>
              <a href={source.url} className="ds-link" rel="noreferrer">{source.title}</a>
              {' – '}
              {source.publisher}, {t.common.lastChecked(formatDate(source.checkedOn, locale))}
              {source.confidence === 'UNVERIFIED' && <strong> ({t.common.unverified})</strong>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
