/** Reading languages: bokmål, nynorsk, English. Bokmål is the fallback for missing text. */
export type Lang = 'NB' | 'NN' | 'EN';

export interface LocalizedText {
  nb: string;
  nn?: string | null | undefined;
  en?: string | null | undefined;
}

/** Picks the text in `lang`, falling back to bokmål; `fallback` says whether it had to. */
export function pickText(text: LocalizedText, lang: Lang): { text: string; lang: Lang; fallback: boolean } {
  const wanted = lang === 'NN' ? text.nn : lang === 'EN' ? text.en : text.nb;
  if (wanted) return { text: wanted, lang, fallback: false };
  return { text: text.nb, lang: 'NB', fallback: lang !== 'NB' };
}

/** Reads `<field>_nb`, `<field>_nn`, `<field>_en` from a flattened Neo4j row. */
export function textFromRow(row: Record<string, unknown>, field: string): LocalizedText | null {
  const nb = row[`${field}_nb`];
  if (typeof nb !== 'string') return null;
  const nn = row[`${field}_nn`];
  const en = row[`${field}_en`];
  return { nb, nn: typeof nn === 'string' ? nn : null, en: typeof en === 'string' ? en : null };
}
