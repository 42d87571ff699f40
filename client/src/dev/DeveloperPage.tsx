import { lazy, Suspense } from 'react';
import { Paragraph, Spinner } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { FactSection } from '../browse/FactSection.tsx';
import { EXAMPLE_OPERATIONS } from './example-operations.ts';

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
      <Suspense fallback={<Spinner label={t.developer.loadingIde} size="md" />}>
        <GraphiQLHost />
      </Suspense>
    </>
  );
}
