/**
 * Klarspråk for texts the API writes: the card already says "Oppfylt:" before each criterion, so an
 * explanation that starts with its own outcome loses it; formulas and rule history stay out of
 * citizen text (they are for caseworkers, on the instrument page).
 */
const OUTCOME_PREFIX = /^\s*(?:oppfylt|ikke oppfylt|ikkje oppfylt|ikke avklart|ikkje avklart|vet ikke ennå|veit ikkje enno|ukjent|met|not met|not known yet|unknown)\s*[:–-]\s*/i;

/** "Oppfylt: Søkeren er …" → "Søkeren er …" (repeatedly, for "Oppfylt: Oppfylt: …"). */
export function withoutOutcomePrefix(text: string): string {
  let result = text;
  while (OUTCOME_PREFIX.test(result)) result = result.replace(OUTCOME_PREFIX, '');
  return result.charAt(0).toUpperCase() + result.slice(1);
}

const FORMULA = /(?:\s=\s|=\s*\d|\d\s*%\s*av\s*\(|\bx\s*\(|[−-]\s*egenandel|[−-]\s*eigendel|[−-]\s*own share|^\s*(?:historikk|history|beregning|utrekning|calculation)\s*:)/i;

/** Drops the sentences that are formulas or rule history; keeps the rest as written. */
export function withoutFormulas(text: string): string {
  // Split after a full stop followed by a space only, so "St.meld. nr. 37" and "7,5 %" stay whole.
  const sentences = text.split(/(?<=[.!?])\s+/);
  return sentences.filter((sentence) => !FORMULA.test(sentence.trim())).join(' ').trim();
}
