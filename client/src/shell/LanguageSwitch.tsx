import { LOCALES } from '../i18n/locale.ts';
import { useT } from '../i18n/i18n.ts';
import { LANG_PARAM, useSetGlobalParam } from '../app/global-params.ts';

/**
 * Bokmål / Nynorsk / English as pressed buttons. Switching only changes the `sprak` URL parameter,
 * so the page, the wizard answers (held in memory above the router) and the as-of date stay.
 */
export function LanguageSwitch() {
  const { t, locale } = useT();
  const setParam = useSetGlobalParam();
  return (
    <div role="group" aria-label={t.shell.language} className="language-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          className="language-switch__button"
          onClick={() => setParam(LANG_PARAM, option === 'nb' ? null : option)}
        >
          {t.languages[option]}
        </button>
      ))}
    </div>
  );
}
