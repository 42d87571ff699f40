import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { EntityHeader } from './EntityHeader.tsx';
import { EntitySummaryList } from './EntitySummaryLink.tsx';
import { SourceList } from './SourceList.tsx';
import { HistorySection } from '../edit/HistorySection.tsx';
import { FactSection } from './FactSection.tsx';

const LegalBasisPageQuery = graphql(`
  query LegalBasisPage($id: ID!, $asOf: Date, $lang: Lang) {
    node(id: $id, asOf: $asOf, lang: $lang) {
      __typename
      id
      ... on LegalBasis {
        ...EntityHeader
        kind
        reference
        url
        instruments { ...EntitySummaryLink }
        ownedBy { ...EntitySummaryLink }
        replacedBy { ...EntitySummaryLink }
        sources { ...SourceItem }
      }
    }
  }
`);

/** lovdata.no (and its subdomains) only: anything else is "Les teksten". */
export function isLovdataUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === 'lovdata.no' || host.endsWith('.lovdata.no');
  } catch {
    return false;
  }
}

/** An act, regulation, section or circular: its reference, its official text and the instruments built on it. */
export default function LegalBasisPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const { asOf, lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LegalBasisPageQuery, variables: { id, asOf, lang } });
  const legalBasis = data?.node?.__typename === 'LegalBasis' ? data.node : null;
  if (data && !legalBasis) return <NotFoundPage />;
  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {legalBasis && (
        <>
          <EntityHeader entity={legalBasis} kindLabel={legalBasis.kind.replace(/_/g, ' ')} />
          {legalBasis.reference && (
            <dl className="fact-list">
              <dt>{t.browse.reference}</dt><dd>{legalBasis.reference}</dd>
            </dl>
          )}
          {legalBasis.url && (
            <p className="legal-text-link">
              <a className="ds-link" href={legalBasis.url} rel="noreferrer">
                {isLovdataUrl(legalBasis.url) ? t.browse.readOnLovdata : t.browse.readText}
                <span className="visually-hidden">: {legalBasis.reference ?? legalBasis.url}</span>
              </a>
            </p>
          )}
          <FactSection id="virkemidler" title={t.browse.instruments}><EntitySummaryList entities={legalBasis.instruments} /></FactSection>
          <FactSection id="eies-av" title={t.browse.ownedBy}><EntitySummaryList entities={legalBasis.ownedBy} /></FactSection>
          {legalBasis.replacedBy.length > 0 && (
            <FactSection id="erstattet" title={t.browse.replacedBy}><EntitySummaryList entities={legalBasis.replacedBy} /></FactSection>
          )}
          <SourceList sources={legalBasis.sources} />
          <HistorySection id={legalBasis.id} type="LEGAL_BASIS" />
        </>
      )}
    </QueryState>
  );
}
