import { useQuery } from 'urql';
import { Paragraph } from '../components/ds.tsx';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { FactSection } from '../browse/FactSection.tsx';

const AboutQuery = graphql(`
  query About {
    dataVersion {
      checksum
      nodeCount
      relationshipCount
      sourceCount
      verifiedSourceCount
      lastCompiled
      lastVerified
      factCount
      verifiedFactCount
      unverifiedCount
    }
  }
`);

/** S12: what the service is, the data version, how facts are checked, privacy, accessibility statement. */
export default function AboutPage() {
  const { t, locale } = useT();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AboutQuery });
  const version = data?.dataVersion;
  return (
    <>
      <PageTitle title={t.about.title}>{t.about.title}</PageTitle>
      <FactSection id="hva" title={t.about.whatTitle}><Paragraph>{t.about.whatBody}</Paragraph></FactSection>
      <FactSection id="data" title={t.about.dataTitle}>
        <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
          {version && (
            <>
              <dl className="fact-list">
                <dt>{t.about.dataVersion}</dt><dd><code>{version.checksum}</code></dd>
                <dt>{t.about.lastCompiled}</dt><dd>{version.lastCompiled ? formatDate(version.lastCompiled, locale) : t.common.unknownDate}</dd>
                <dt>{t.about.lastVerified}</dt><dd>{version.lastVerified ? formatDate(version.lastVerified, locale) : t.about.neverVerified}</dd>
                <dt>{t.about.nodes}</dt><dd>{formatNumber(version.nodeCount, locale)}</dd>
                <dt>{t.about.relationships}</dt><dd>{formatNumber(version.relationshipCount, locale)}</dd>
                <dt>{t.about.sourcesCount}</dt><dd>{formatNumber(version.sourceCount, locale)}</dd>
                <dt>{t.about.verifiedSources}</dt><dd>{t.about.ofTotal(version.verifiedSourceCount, version.sourceCount)}</dd>
              </dl>
              <p className="facts-verified">
                {t.about.factsVerified(version.verifiedFactCount, version.factCount, version.unverifiedCount)}
              </p>
            </>
          )}
        </QueryState>
      </FactSection>
      <FactSection id="kilder" title={t.about.sourcesPolicyTitle}><Paragraph>{t.about.sourcesPolicyBody}</Paragraph></FactSection>
      <FactSection id="personvern" title={t.about.privacyTitle}><Paragraph>{t.about.privacyBody}</Paragraph></FactSection>
      <FactSection id="tilgjengelighet" title={t.about.accessibilityTitle}><Paragraph>{t.about.accessibilityBody}</Paragraph></FactSection>
      <FactSection id="sprak" title={t.about.languageTitle}><Paragraph>{t.about.languageBody}</Paragraph></FactSection>
      <FactSection id="meld-feil" title={t.about.reportTitle}><Paragraph>{t.about.reportBody}</Paragraph></FactSection>
    </>
  );
}
