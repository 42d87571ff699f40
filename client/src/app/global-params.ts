/**
 * The two settings that change the whole explorer, kept in the URL so every view is a link:
 * `sprak` (nb | nn | en; nb when absent) and `dato` (as-of date, YYYY-MM-DD; today when absent).
 */
import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isLocale, toApiLang, type Lang, type Locale } from '../i18n/locale.ts';

export const LANG_PARAM = 'sprak';
export const AS_OF_PARAM = 'dato';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type GlobalParams = {
  locale: Locale;
  lang: Lang;
  /** Null means "today" and is sent to the API as no `asOf` at all. */
  asOf: string | null;
};

export function readGlobalParams(params: URLSearchParams): GlobalParams {
  const rawLocale = params.get(LANG_PARAM);
  const locale: Locale = isLocale(rawLocale) ? rawLocale : 'nb';
  const rawDate = params.get(AS_OF_PARAM);
  return { locale, lang: toApiLang(locale), asOf: rawDate && ISO_DATE.test(rawDate) ? rawDate : null };
}

export function useGlobalParams(): GlobalParams {
  const [params] = useSearchParams();
  return readGlobalParams(params);
}

/** Adds the global params of the current URL to a path, so links keep language and date. */
export function useAppHref(): (path: string, extra?: Record<string, string | undefined>) => string {
  const [params] = useSearchParams();
  return useCallback(
    (path: string, extra?: Record<string, string | undefined>) => withGlobalParams(path, params, extra),
    [params],
  );
}

export function withGlobalParams(path: string, current: URLSearchParams, extra?: Record<string, string | undefined>): string {
  const [pathname = '', hash] = path.split('#');
  const [base = '', query] = pathname.split('?');
  const next = new URLSearchParams(query);
  for (const key of [LANG_PARAM, AS_OF_PARAM]) {
    const value = current.get(key);
    if (value && !next.has(key)) next.set(key, value);
  }
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  const search = next.toString();
  return `${base}${search ? `?${search}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}

/** Changes one global param in place, keeping the rest of the URL (path, other params, no hash). */
export function useSetGlobalParam(): (key: typeof LANG_PARAM | typeof AS_OF_PARAM, value: string | null) => void {
  const location = useLocation();
  const navigate = useNavigate();
  return useCallback(
    (key, value) => {
      const next = new URLSearchParams(location.search);
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
      const search = next.toString();
      navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: false });
    },
    [location.pathname, location.search, navigate],
  );
}
