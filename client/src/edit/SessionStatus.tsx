/**
 * Sign-in state in the header: "Logg inn" (back to this page afterwards) for a reader, and for a
 * signed-in person their name, roles, the review queue and "Logg ut".
 */
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useEditT } from './use-edit-t.ts';
import { AppLink } from '../components/AppLink.tsx';
import { isStaff, signInHref, signOut, useSession } from './session.ts';
import './shell.css';

export function SessionStatus() {
  const { t } = useEditT();
  const session = useSession();
  const location = useLocation();
  const [failed, setFailed] = useState(false);
  if (!session) return null;
  if (!session.signedIn) {
    if (!session.signInAvailable) return null;
    return (
      <a className="ds-link session-status__sign-in" href={signInHref(`${location.pathname}${location.search}`)}>{t.edit.signIn}</a>
    );
  }
  const roles = session.roles.map((role) => t.edit.roles[role]).join(', ');
  return (
    <div className="session-status" role="group" aria-label={t.edit.account}>
      <span className="session-status__who">
        {t.edit.signedInAs(session.name ?? session.email ?? '')}
        {roles && <span className="session-status__roles"> ({roles})</span>}
      </span>
      {isStaff(session) && <AppLink to="/endringer">{t.edit.queueLink}</AppLink>}
      <button
        type="button"
        className="ds-link link-button"
        onClick={() => {
          setFailed(false);
          signOut().catch(() => setFailed(true));
        }}
      >
        {t.edit.signOut}
      </button>
      {failed && <span role="alert" className="session-status__error">{t.edit.signOutFailed}</span>}
    </div>
  );
}
