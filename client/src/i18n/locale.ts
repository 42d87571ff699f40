/** The three reading languages, how they map to the API's `Lang` and to `<html lang>`. */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'nb' || value === 'nn' || value === 'en';
}

/** The API's `Lang` enum (same values as the generated type). */
export type Lang = 'NB' | 'NN' | 'EN';

export function toApiLang(locale: Locale): Lang {
  return locale === 'nn' ? 'NN' : locale === 'en' ? 'EN' : 'NB';
}

/** BCP 47 tags for Intl: nynorsk and bokmål get their own Norwegian formats. */
export function intlTag(locale: Locale): string {
  return locale === 'nn' ? 'nn-NO' : locale === 'en' ? 'en-GB' : 'nb-NO';
}
