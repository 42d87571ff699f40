import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Alert, Button, Heading, Paragraph, Spinner } from './ds.tsx';
import { useT } from '../i18n/i18n.ts';

/** Loading and error states shared by every page that fetches. */
export function QueryState({ fetching, error, retry, children }: { fetching: boolean; error?: CombinedError | undefined; retry?: () => void; children: ReactNode }) {
  const { t } = useT();
  if (error) {
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="xs">{t.common.errorTitle}</Heading>
        <Paragraph>{t.common.errorBody}</Paragraph>
        {retry && <Button variant="secondary" onClick={retry}>{t.common.retry}</Button>}
      </Alert>
    );
  }
  if (fetching) return <Spinner label={t.common.loading} size="md" />;
  return <>{children}</>;
}
