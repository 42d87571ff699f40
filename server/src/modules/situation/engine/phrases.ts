/**
 * Sentences the engine writes when the graph gives no text of its own. Each returns plain language
 * in the reader's language; inputs are already formatted.
 */
import type { Words } from './catalogue.ts';
import { formatList, words } from './format.ts';
import type { CriterionOutcome, Lang } from './types.ts';

const OUTCOME_PREFIX: Record<CriterionOutcome, Words> = {
  MET: { nb: 'Oppfylt', nn: 'Oppfylt', en: 'Met' },
  NOT_MET: { nb: 'Ikke oppfylt', nn: 'Ikkje oppfylt', en: 'Not met' },
  UNKNOWN: { nb: 'Ikke avklart', nn: 'Ikkje avklart', en: 'Not known yet' },
};

export function outcomeSentence(outcome: CriterionOutcome, text: string, detail: string | null, lang: Lang): string {
  return `${words(OUTCOME_PREFIX[outcome], lang)}: ${text}${detail ? ` (${detail})` : ''}`;
}

export function missingFacts(labels: string, lang: Lang): string {
  return words({ nb: `mangler opplysning om ${labels}`, nn: `manglar opplysning om ${labels}`, en: `missing: ${labels}` }, lang);
}

function forSize(size: number | null, lang: Lang): string {
  if (size === null) return '';
  const persons = words({ nb: size === 1 ? 'person' : 'personer', nn: size === 1 ? 'person' : 'personar', en: size === 1 ? 'person' : 'persons' }, lang);
  return ` for ${size} ${persons}`;
}

export interface ThresholdParts {
  label: string;
  value: string;
  threshold: string;
  /** Household size when the threshold depends on it. */
  size: number | null;
  year: number | null;
}

export type Bound = 'lt' | 'lte' | 'gt' | 'gte';

/**
 * "husstandens inntekt: 420 000 kr; grense: høyst 400 000 kr for 4 personer (2024)", or with two
 * bounds on the same fact "søkerens alder: 24 år; grense: minst 18 år og under 25 år".
 */
export function thresholdDetail(value: ThresholdParts, bounds: readonly { op: Bound; threshold: string }[], lang: Lang): string {
  const limit = words({ nb: 'grense', nn: 'grense', en: 'limit' }, lang);
  const year = value.year === null ? '' : ` (${value.year})`;
  const limits = formatList(
    bounds.map((bound) => `${words(BOUND_WORDS[bound.op], lang)} ${bound.threshold}`),
    lang,
  );
  return `${value.label}: ${value.value}; ${limit}: ${limits}${forSize(value.size, lang)}${year}`;
}

const BOUND_WORDS: Record<Bound, Words> = {
  lt: { nb: 'under', nn: 'under', en: 'below' },
  lte: { nb: 'høyst', nn: 'høgst', en: 'at most' },
  gt: { nb: 'over', nn: 'over', en: 'above' },
  gte: { nb: 'minst', nn: 'minst', en: 'at least' },
};

/** "Husstandens inntekt må være høyst 400 000 kr for 4 personer (nå 420 000 kr)". */
export function boundWhyNot(op: keyof typeof BOUND_WORDS, parts: ThresholdParts, lang: Lang): string {
  const bound = words(BOUND_WORDS[op], lang);
  const size = forSize(parts.size, lang);
  return words(
    {
      nb: `${parts.label} må være ${bound} ${parts.threshold}${size} (nå ${parts.value})`,
      nn: `${parts.label} må vere ${bound} ${parts.threshold}${size} (no ${parts.value})`,
      en: `${parts.label} would need to be ${bound} ${parts.threshold}${size} (now ${parts.value})`,
    },
    lang,
  );
}

export function genericWhyNot(text: string, lang: Lang): string {
  return words({ nb: `Dette må være oppfylt: ${text}`, nn: `Dette må vere oppfylt: ${text}`, en: `This would need to hold: ${text}` }, lang);
}

/* ---------- the generic goal rule ---------- */

export function goalServed(shared: string, lang: Lang): string {
  return words({ nb: `Dekker det husstanden ber om: ${shared}`, nn: `Dekkjer det hushaldet ber om: ${shared}`, en: `Serves what the household is asking for: ${shared}` }, lang);
}

export function goalNotServed(offers: string, wanted: string, lang: Lang): string {
  return words(
    {
      nb: `Dekker ikke det husstanden ber om: virkemiddelet gjelder ${offers}, mens husstanden ønsker hjelp til ${wanted}`,
      nn: `Dekkjer ikkje det hushaldet ber om: verkemiddelet gjeld ${offers}, medan hushaldet ønskjer hjelp til ${wanted}`,
      en: `Does not serve what the household is asking for: it is for ${offers}, while the household wants help with ${wanted}`,
    },
    lang,
  );
}

export function goalUnknown(offers: string, lang: Lang): string {
  return words(
    {
      nb: `Ikke avklart: husstanden har ikke sagt hva den ønsker hjelp til; virkemiddelet gjelder ${offers}`,
      nn: `Ikkje avklart: hushaldet har ikkje sagt kva det ønskjer hjelp til; verkemiddelet gjeld ${offers}`,
      en: `Not known yet: the household has not said what it wants help with; this is for ${offers}`,
    },
    lang,
  );
}

export function goalWhyNot(offers: string, lang: Lang): string {
  return words(
    {
      nb: `Gjelder bare hvis husstanden ønsker hjelp til ${offers}`,
      nn: `Gjeld berre dersom hushaldet ønskjer hjelp til ${offers}`,
      en: `Applies only if the household wants help with ${offers}`,
    },
    lang,
  );
}
