import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { useAppHref } from '../app/global-params.ts';

/** The global search field; submitting opens the search page (S10) with `q` in the URL. */
export function HeaderSearch() {
  const { t } = useT();
  const navigate = useNavigate();
  const href = useAppHref();
  const [text, setText] = useState('');
  const inputId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(href('/sok', { q: text.trim() }));
  };
  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">{t.shell.searchLabel}</label>
      <input id={inputId} type="search" className="ds-input" value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t.shell.navSearch} />
      <button type="submit" className="ds-button" data-variant="secondary">{t.shell.searchButton}</button>
    </form>
  );
}
