import { Heading } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import type { UrlFlag, VerificationBasis } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import type { Dictionary } from '../i18n/nb.ts';
import type { Locale } from '../i18n/locale.ts';
import { formatDate } from '../i18n/format.ts';

export const SourceItemFragment = graphql(`
  fragment SourceItem on Source {
    id
    title
    publisher
    url
    compiledOn
    verification {
      verifiedOn
      against
    }
    urlFlag
    confidence
  }
`);

/** The plain fields the source list needs, so queries near the API's depth limit can ask for them inline. */
export type SourceItemData = {
  id: string;
  title: string;
  publisher: string;
  url: string;
  compiledOn: string;
  verification?: { verifiedOn: string; against: VerificationBasis } | null;
  urlFlag?: UrlFlag | null;
  confidence: string;
};

/**
 * "Kontrollert {dato} mot lagret kopi / mot nettsiden" only when someone has verified the facts;
 * otherwise "Ikke kontrollert mot kilden (samlet inn {dato})". The compile date is never a check.
 */
export function sourceStatus(source: Pick<SourceItemData, 'compiledOn' | 'verification'>, t: Dictionary, locale: Locale): string {
  const verification = source.verification;
  if (!verification) return t.common.notChecked(formatDate(source.compiledOn, locale));
  const date = formatDate(verification.verifiedOn, locale);
  return verification.against === 'STORED_COPY' ? t.common.checkedStoredCopy(date) : t.common.checkedLivePage(date);
}

/**
 * One source: link, publisher, check status, URL warning and "usikkert" mark. Inline (after a
 * single fact) it is "Tittel (status)" without the publisher.
 */
export function SourceLine({ source, inline = false }: { source: SourceItemData; inline?: boolean }) {
  const { t, locale } = useT();
  const status = <span className="source-status" data-verified={source.verification ? 'true' : 'false'}>{sourceStatus(source, t, locale)}</span>;
  return (
    <>
      <a href={source.url} className="ds-link" rel="noreferrer">{source.title}</a>
      {inline ? <> ({status})</> : <>{' – '}{source.publisher}. {status}.</>}
      {source.urlFlag && <> <span className="source-url-flag" data-url-flag={source.urlFlag}>{t.urlFlags[source.urlFlag]}</span></>}
      {source.confidence === 'UNVERIFIED' && <strong> ({t.common.unverified})</strong>}
    </>
  );
}

/** Sources with publisher and whether, and when, they were checked (design principle 7: show sources and their age). */
export function SourceList({ sources, headingLevel = 2 }: { sources: readonly FragmentType<typeof SourceItemFragment>[]; headingLevel?: 2 | 3 | 4 }) {
  return <PlainSourceList items={sources.map((source) => getFragmentData(SourceItemFragment, source))} headingLevel={headingLevel} />;
}

/**
 * The same list from plain fields, for queries that cannot afford another fragment level (the
 * API's depth limit counts fragment spreads).
 */
export function PlainSourceList({ items, headingLevel = 2 }: { items: readonly SourceItemData[]; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useT();
  return (
    <section className="source-list">
      <Heading level={headingLevel} data-size="2xs">{t.common.sources}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t.common.none}</p>
      ) : (
        <ul className="plain-list">
          {items.map((source) => (
            <li key={source.id} data-source={source.id}>
              <SourceLine source={source} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A short inline list of sources ("Kilder: A (status); B (status)"), for a single fact or relation. */
export function InlineSources({ sources }: { sources: readonly SourceItemData[] }) {
  const { t } = useT();
  if (sources.length === 0) return null;
  return (
    <p className="muted inline-sources">
      {t.common.sources}:{' '}
      {sources.map((source, index) => (
        <span key={source.id} data-source={source.id}>
          {index > 0 && '; '}
          <SourceLine source={source} inline />
        </span>
      ))}
    </p>
  );
}
