/**
 * What an explanation adds when a criterion compares with a limit table: which limits the graph
 * holds, why the answer is open, and where today's values are. Inputs are already formatted.
 */
import { words } from './format.ts';
import type { CriterionOutcome, Lang } from './types.ts';

export interface LimitNoteParts {
  /** Set when the household could be in more than one municipality group. */
  betweenGroups: { low: string; high: string } | null;
  /** Set when the date is after the table's period: the table's dates and today's values page. */
  stale: { from: string; to: string; page: string | null } | null;
  /** Set when the household is larger than the table covers. */
  beyondTable: { largest: number } | null;
}

function betweenGroups(parts: NonNullable<LimitNoteParts['betweenGroups']>, lang: Lang): string {
  return words(
    {
      nb: `Grensen avhenger av kommunegruppen: fra ${parts.low} til ${parts.high} i året. Oppgi kommunen for å avgjøre det.`,
      nn: `Grensa avheng av kommunegruppa: frå ${parts.low} til ${parts.high} i året. Oppgi kommunen for å avgjere det.`,
      en: `The limit depends on the municipality group: from ${parts.low} to ${parts.high} a year. Give the municipality to settle it.`,
    },
    lang,
  );
}

function stale(parts: NonNullable<LimitNoteParts['stale']>, outcome: CriterionOutcome, lang: Lang): string {
  const page = parts.page ? ` ${parts.page}` : '';
  const intro = words(
    {
      nb: `Grensene i grafen gjaldt fra ${parts.from} til ${parts.to}; de er hevet siden.`,
      nn: `Grensene i grafen galdt frå ${parts.from} til ${parts.to}; dei er heva sidan.`,
      en: `The limits in the graph applied from ${parts.from} to ${parts.to}; they have been raised since.`,
    },
    lang,
  );
  const rule: Record<CriterionOutcome, string> = {
    MET: words(
      {
        nb: 'Inntekten er ikke over den siste kjente grensen, og derfor heller ikke over dagens.',
        nn: 'Inntekta er ikkje over den siste kjende grensa, og difor heller ikkje over grensa i dag.',
        en: 'The income is not above the last known limit, so it is not above today’s either.',
      },
      lang,
    ),
    NOT_MET: words(
      {
        nb: 'Inntekten er mer enn dobbelt så høy som den siste kjente grensen og regnes som over dagens grense.',
        nn: 'Inntekta er meir enn dobbelt så høg som den siste kjende grensa og blir rekna som over grensa i dag.',
        en: 'The income is more than twice the last known limit and is taken to be above today’s limit.',
      },
      lang,
    ),
    UNKNOWN: words(
      {
        nb: `Inntekten er nær eller over den siste kjente grensen; sjekk dagens grense i Husbankens bostøttekalkulator:${page}`,
        nn: `Inntekta er nær eller over den siste kjende grensa; sjekk grensa i dag i bustøttekalkulatoren til Husbanken:${page}`,
        en: `The income is near or above the last known limit; check today’s limit in Husbanken’s calculator:${page}`,
      },
      lang,
    ),
  };
  return `${intro} ${rule[outcome]}`;
}

function beyondTable(parts: NonNullable<LimitNoteParts['beyondTable']>, lang: Lang): string {
  return words(
    {
      nb: `Tabellen gir grenser for opptil ${parts.largest} personer; for større husstander er grensen ikke kjent.`,
      nn: `Tabellen gir grenser for opptil ${parts.largest} personar; for større hushald er grensa ikkje kjend.`,
      en: `The table gives limits for up to ${parts.largest} persons; for larger households the limit is not known.`,
    },
    lang,
  );
}

/** The sentences to add, in reading order; empty when the table decided it plainly. */
export function limitNote(parts: LimitNoteParts, outcome: CriterionOutcome, lang: Lang): string {
  const sentences: string[] = [];
  if (parts.betweenGroups && outcome === 'UNKNOWN') sentences.push(betweenGroups(parts.betweenGroups, lang));
  if (parts.beyondTable && outcome !== 'MET') sentences.push(beyondTable(parts.beyondTable, lang));
  if (parts.stale) sentences.push(stale(parts.stale, outcome, lang));
  return sentences.join(' ');
}
