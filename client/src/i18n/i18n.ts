/**
 * Plain typed dictionaries instead of an i18n library: three small objects with the same shape, picked
 * by the `sprak` URL parameter. TypeScript checks that nn and en have every key nb has.
 */
import { en } from './en.ts';
import { nb, type Dictionary } from './nb.ts';
import { nn } from './nn.ts';
import type { Locale } from './locale.ts';
import { useGlobalParams } from '../app/global-params.ts';

const dictionaries: Record<Locale, Dictionary> = { nb, nn, en };

export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** The current dictionary and locale. */
export function useT(): { t: Dictionary; locale: Locale } {
  const { locale } = useGlobalParams();
  return { t: dictionaries[locale], locale };
}
