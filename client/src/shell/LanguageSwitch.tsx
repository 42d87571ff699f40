import { useRef } from 'react';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { loadDictionary, useT } from '../i18n/i18n.ts';
import { LANG_PARAM, useSetGlobalParam } from '../app/global-params.ts';

/**
 * Bokmål / Nynorsk / English as pressed buttons. Switching only changes the `sprak` URL parameter,
 * so the page, the wizard answers (held in memory above the router) and the as-of date stay. The
 * new language's dictionary is fetched first (from pointing at or focusing a button on), so the
 * whole page changes language at once; the last button pressed wins.
 */
export function LanguageSwitch() {
  const { t, locale } = useT();
  const setParam = useSetGlobalParam();
  const latest = useRef<Locale | null>(null);
  const choose = (option: Locale) => {
    latest.current = option;
    loadDictionary(option).then(
      () => {
        if (latest.current === option) setParam(LANG_PARAM, option === 'nb' ? null : option);
      },
      // Not fetched (offline): stay in the current language; the next press tries again.
      () => undefined,
    );
  };
  return (
    <div role="group" aria-label={t.shell.language} className="language-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          className="language-switch__button"
          onPointerEnter={() => void loadDictionary(option).catch(() => undefined)}
          onFocus={() => void loadDictionary(option).catch(() => undefined)}
          onClick={() => choose(option)}
        >
          {t.languages[option]}
        </button>
      ))}
    </div>
  );
}
