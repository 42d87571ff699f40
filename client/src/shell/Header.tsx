import { lazy, Suspense } from 'react';
import { NavLink } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { useAppHref } from '../app/global-params.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { AsOfPicker } from './AsOfPicker.tsx';
import { HeaderSearch } from './HeaderSearch.tsx';

// Sign-in state waits for GET /auth/session anyway, so its code can arrive with it, after the first page.
const SessionStatus = lazy(() => import('../edit/SessionStatus.tsx').then((module) => ({ default: module.SessionStatus })));

export function Header() {
  const { t } = useT();
  const href = useAppHref();
  const items = [
    { to: '/situasjon', label: t.shell.navFind },
    { to: '/utforsk', label: t.shell.navExplore },
    { to: '/graf', label: t.shell.navGraph },
    { to: '/siste-endringer', label: t.changes.title },
  ];
  return (
    <header className="site-header">
      <div className="site-header__top">
        <NavLink to={href('/')} className="site-header__brand">
          <span className="site-header__name">{t.common.appName}</span>
          <span className="site-header__tagline">{t.common.tagline}</span>
        </NavLink>
        <div className="site-header__tools">
          <Suspense fallback={null}>
            <SessionStatus />
          </Suspense>
          <LanguageSwitch />
        </div>
      </div>
      <div className="site-header__bar">
        <nav aria-label={t.shell.mainNav}>
          <ul className="site-nav">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={href(item.to)} className="site-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <HeaderSearch />
        <AsOfPicker />
      </div>
    </header>
  );
}
