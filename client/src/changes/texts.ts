/**
 * The words of "Siste endringer" in bokmål, nynorsk and English. Kept with the page, which is
 * loaded on demand, rather than in the shared dictionaries that are part of the first page (budget:
 * 120 KB); the nav label and the entity pages' subscribe link stay in i18n/ (`changes`).
 */
import type { Locale } from '../i18n/locale.ts';

const nb = {
  intro: 'Endringer som er publisert i kartet, nyeste først, med dato, begrunnelse og kilder. Nye endringer kommer til syne her med en gang.',
  subscribe: 'Abonner på endringene (Atom)',
  subscribeHelp: 'Legg lenken inn i en nyhetsleser for å få beskjed om nye endringer.',
  feedTitle: 'Virkemiddelkart: siste endringer',
  typeFilter: 'Vis endringer i',
  allTypes: 'Alle typer',
  none: 'Ingen publiserte endringer ennå.',
  failed: 'Endringene kunne ikke hentes.',
  more: 'Vis flere',
  arrived: (name: string) => `Ny endring publisert: ${name}`,
  imported: (count: number) => `${count} oppføringer importert`,
  reason: 'Begrunnelse',
  sources: 'Kilder',
  diff: 'Se hva som ble endret',
  before: 'Før',
  after: 'Etter',
};

export type ChangesTexts = typeof nb;

const nn: ChangesTexts = {
  intro: 'Endringar som er publiserte i kartet, nyaste først, med dato, grunngjeving og kjelder. Nye endringar kjem til syne her med ein gong.',
  subscribe: 'Abonner på endringane (Atom)',
  subscribeHelp: 'Legg lenkja inn i ein nyheitslesar for å få melding om nye endringar.',
  feedTitle: 'Virkemiddelkart: siste endringar',
  typeFilter: 'Vis endringar i',
  allTypes: 'Alle typar',
  none: 'Ingen publiserte endringar enno.',
  failed: 'Endringane kunne ikkje hentast.',
  more: 'Vis fleire',
  arrived: (name: string) => `Ny endring publisert: ${name}`,
  imported: (count: number) => `${count} oppføringar importerte`,
  reason: 'Grunngjeving',
  sources: 'Kjelder',
  diff: 'Sjå kva som vart endra',
  before: 'Før',
  after: 'Etter',
};

const en: ChangesTexts = {
  intro: 'Changes published to the map, newest first, with date, reason and sources. New changes show up here straight away.',
  subscribe: 'Subscribe to the changes (Atom)',
  subscribeHelp: 'Add the link to a feed reader to hear about new changes.',
  feedTitle: 'Virkemiddelkart: recent changes',
  typeFilter: 'Show changes to',
  allTypes: 'All types',
  none: 'No published changes yet.',
  failed: 'The changes could not be loaded.',
  more: 'Show more',
  arrived: (name: string) => `New change published: ${name}`,
  imported: (count: number) => `${count} records imported`,
  reason: 'Reason',
  sources: 'Sources',
  diff: 'See what changed',
  before: 'Before',
  after: 'After',
};

export const CHANGES_TEXTS: Record<Locale, ChangesTexts> = { nb, nn, en };
