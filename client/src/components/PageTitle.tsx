import { useEffect, type ReactNode } from 'react';
import { Heading } from './ds.tsx';
import { useT } from '../i18n/i18n.ts';

/**
 * The page's one H1, which also sets the document title. It takes focus after navigation
 * (see Layout), so screen-reader users hear where they landed.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useT();
  useEffect(() => {
    document.title = `${title} – ${t.common.appName}`;
  }, [title, t]);
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} className="page-title">
      {children}
    </Heading>
  );
}
