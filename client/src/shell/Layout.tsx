import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Alert, SkipLink, Spinner } from '../components/ds.tsx';
import { useT } from '../i18n/i18n.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { formatDate } from '../i18n/format.ts';
import { Header } from './Header.tsx';
import { Footer } from './Footer.tsx';

/** S0: skip link, header, main landmark, footer; keeps `<html lang>` in step with the language. */
export function Layout() {
  const { t, locale } = useT();
  const { asOf } = useGlobalParams();
  const location = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // After an in-app navigation, move focus to the new page's H1 so keyboard and screen-reader users
  // start at the top of the new content (not on the first render, and not for hash-only moves).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading && !location.hash) heading.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [location.pathname, location.hash]);

  return (
    <div className="app" data-color-scheme="light">
      <SkipLink href="#main">{t.common.skipToContent}</SkipLink>
      <Header />
      {asOf && (
        <div className="as-of-banner">
          <Alert data-color="warning" data-size="sm">{t.shell.asOfBanner(formatDate(asOf, locale))}</Alert>
        </div>
      )}
      <main id="main" tabIndex={-1} className="site-main">
        <Suspense fallback={<Spinner label={t.common.loading} size="lg" />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </div>
  );
}
