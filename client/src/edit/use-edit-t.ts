import { useMemo } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { Dictionary } from '../i18n/nb.ts';
import type { Locale } from '../i18n/locale.ts';
import { EDIT_TEXTS, type EditTexts } from './texts.ts';

export type EditDictionary = Dictionary & { edit: EditTexts };

/** `useT()` for the editing screens: the shared dictionary plus the editing words, as `t.edit`. */
export function useEditT(): { t: EditDictionary; locale: Locale } {
  const { t, locale } = useT();
  // One object per language and dictionary, so `t` stays a stable dependency for memos and effects.
  const withEdit = useMemo<EditDictionary>(() => ({ ...t, edit: EDIT_TEXTS[locale] }), [t, locale]);
  return { t: withEdit, locale };
}
