import { lazy, Suspense } from 'react';
import { Paragraph, Spinner } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { FactSection } from '../browse/FactSection.tsx';
import { EXAMPLE_OPERATIONS } from './example-operations.ts';

/** The server's whole-graph downloads (server/src/exports/http.ts); plain links, the browser saves them. */
const DOWNLOADS = [
  { href: '/export/csv.zip', type: 'application/zip', label: 'csvZip' },
  { href: '/export/cpsv-ap-no.ttl', type: 'text/turtle', label: 'cpsvTurtle' },
  { href: '/export/cpsv-ap-no.jsonld', type: 'application/ld+json', label: 'cpsvJsonLd' },
  { href: '/export/seeds.zip', type: 'application/zip', label: 'seedsZip' },
  { href: '/export/', type: 'application/json', label: 'allDownloads' },
] as const;

const GraphiQLHost = lazy(() => import('./GraphiQLHost.tsx'));

/** S11: the API endpoint, example operations and GraphiQL (loaded on demand). */
export default function DeveloperPage() {
  const { t } = useT();
  return (
    <>
      <PageTitle title={t.developer.title}>{t.developer.title}</PageTitle>
      <Paragraph className="lead">{t.developer.lead}</Paragraph>
      <FactSection id="endepunkt" title={t.developer.endpoint}>
        <Paragraph><code>POST {window.location.origin}/graphql</code></Paragraph>
      </FactSection>
      <FactSection id="eksempler" title={t.developer.examples}>
        <ul>
          {EXAMPLE_OPERATIONS.map((operation) => (
            <li key={operation.title}>{operation.title}</li>
          ))}
        </ul>
      </FactSection>
      <FactSection id="nedlasting" title={t.developer.downloads}>
        <Paragraph>{t.developer.downloadsLead}</Paragraph>
        <ul>
          {DOWNLOADS.map(({ href, type, label }) => (
            <li key={href}>
              <a href={href} type={type}>
                {t.developer[label]}
              </a>
            </li>
          ))}
        </ul>
      </FactSection>
      <FactSection id="varige-adresser" title={t.developer.uris}>
        <Paragraph>{t.developer.urisBody}</Paragraph>
      </FactSection>
      <Suspense fallback={<Spinner label={t.developer.loadingIde} size="md" />}>
        <GraphiQLHost />
      </Suspense>
    </>
  );
}
