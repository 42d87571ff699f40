/**
 * Plain typed dictionaries instead of an i18n library: three small objects with the same shape, picked
 * by the `sprak` URL parameter. TypeScript checks that nn and en have every key nb has.
 *
 * Bokmål, the default, is part of the first page; nynorsk and English are separate chunks, fetched
 * before the first render when the URL asks for them (main.tsx) and before a switch to them
 * (LanguageSwitch), so a page never shows in a language other than its `sprak`.
 */
import { use } from 'react';
import { nb, type Dictionary } from './nb.ts';
import type { Locale } from './locale.ts';
import { useGlobalParams } from '../app/global-params.ts';

const loaded: Partial<Record<Locale, Dictionary>> = { nb };
const loading = new Map<Locale, Promise<Dictionary>>();
const importers: Record<Exclude<Locale, 'nb'>, () => Promise<Dictionary>> = {
  nn: () => import('./nn.ts').then((module) => module.nn),
  en: () => import('./en.ts').then((module) => module.en),
};

/** The dictionary if it has arrived, else undefined (see loadDictionary). */
export function loadedDictionary(locale: Locale): Dictionary | undefined {
  return loaded[locale];
}

/** Fetches a language's dictionary once; the same promise while it is on its way, a retry after a failure. */
export function loadDictionary(locale: Locale): Promise<Dictionary> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale as Exclude<Locale, 'nb'>]().then(
      (dictionary) => {
        loaded[locale] = dictionary;
        return dictionary;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The current dictionary and locale. A language not fetched yet (only reachable by a URL change
 * outside the language switch) suspends until it arrives.
 */
export function useT(): { t: Dictionary; locale: Locale } {
  const { locale } = useGlobalParams();
  return { t: loaded[locale] ?? use(loadDictionary(locale)), locale };
}
