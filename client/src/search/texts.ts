/**
 * The search page's own words in bokmål, nynorsk and English: the explanations, facets and help
 * when nothing is found. Kept with the page, which is loaded on demand, not in the shared
 * dictionaries of the first page (budget 120 KB); the title, label and button stay in i18n/ (`search`).
 */
import type { Locale } from '../i18n/locale.ts';

const nb = {
  searchTerm: (term: string, name: string) => `Treff på «${term}», et søkeord for ${name}`,
  name: (term: string) => `Treff i navnet «${term}»`,
  abbreviation: (term: string) => `Treff på forkortelsen «${term}»`,
  formerName: (term: string) => `Treff på tidligere navn «${term}»`,
  description: (term: string) => `Treff i beskrivelsen: «${term}»`,
  missing: (words: string) => `Mangler: ${words}`,
  partial: 'Ingen treff på alle ordene. Her er det som passer best med noen av dem.',
  searchedFor: (words: string) => `Søkte etter ${words}`,
  results: (n: number, q: string) => (n === 1 ? `1 treff på «${q}»` : `${n} treff på «${q}»`),
  showing: (shown: number) => `Viser de ${shown} første.`,
  none: (q: string) => `Ingen treff på «${q}».`,
  noneFiltered: (q: string) => `Ingen treff på «${q}» med filtrene du har valgt.`,
  helpHeading: 'Forslag',
  helpSpelling: 'Sjekk stavemåten, eller skriv bare ett ord.',
  helpWords: 'Prøv et hverdagsord, for eksempel',
  helpBrowse: 'Utforsk virkemidlene',
  clearFilters: 'Fjern alle filtre',
  filtersHeading: 'Avgrens treffene',
  types: 'Type',
  ministries: 'Departement',
  targetGroups: 'Målgruppe',
  count: (n: number) => `${n} treff`,
  filterNote: 'Valg i samme gruppe utvider, grupper snevrer inn.',
};

export type SearchTexts = typeof nb;

const nn: SearchTexts = {
  searchTerm: (term: string, name: string) => `Treff på «${term}», eit søkjeord for ${name}`,
  name: (term: string) => `Treff i namnet «${term}»`,
  abbreviation: (term: string) => `Treff på forkortinga «${term}»`,
  formerName: (term: string) => `Treff på tidlegare namn «${term}»`,
  description: (term: string) => `Treff i skildringa: «${term}»`,
  missing: (words: string) => `Manglar: ${words}`,
  partial: 'Ingen treff på alle orda. Her er det som passar best med nokre av dei.',
  searchedFor: (words: string) => `Søkte etter ${words}`,
  results: (n: number, q: string) => (n === 1 ? `1 treff på «${q}»` : `${n} treff på «${q}»`),
  showing: (shown: number) => `Viser dei ${shown} første.`,
  none: (q: string) => `Ingen treff på «${q}».`,
  noneFiltered: (q: string) => `Ingen treff på «${q}» med filtera du har valt.`,
  helpHeading: 'Forslag',
  helpSpelling: 'Sjekk stavemåten, eller skriv berre eitt ord.',
  helpWords: 'Prøv eit kvardagsord, til dømes',
  helpBrowse: 'Utforsk verkemidla',
  clearFilters: 'Fjern alle filter',
  filtersHeading: 'Avgrens treffa',
  types: 'Type',
  ministries: 'Departement',
  targetGroups: 'Målgruppe',
  count: (n: number) => `${n} treff`,
  filterNote: 'Val i same gruppe utvidar, grupper snevrar inn.',
};

const en: SearchTexts = {
  searchTerm: (term: string, name: string) => `Matched «${term}», a search term for ${name}`,
  name: (term: string) => `Matched the name «${term}»`,
  abbreviation: (term: string) => `Matched the abbreviation «${term}»`,
  formerName: (term: string) => `Matched the former name «${term}»`,
  description: (term: string) => `Matched in the description: «${term}»`,
  missing: (words: string) => `Missing: ${words}`,
  partial: 'Nothing matches all the words. These match some of them best.',
  searchedFor: (words: string) => `Searched for ${words}`,
  results: (n: number, q: string) => (n === 1 ? `1 result for «${q}»` : `${n} results for «${q}»`),
  showing: (shown: number) => `Showing the first ${shown}.`,
  none: (q: string) => `No results for «${q}».`,
  noneFiltered: (q: string) => `No results for «${q}» with the filters you chose.`,
  helpHeading: 'Suggestions',
  helpSpelling: 'Check the spelling, or type a single word.',
  helpWords: 'Try an everyday word, for example',
  helpBrowse: 'Explore the instruments',
  clearFilters: 'Clear all filters',
  filtersHeading: 'Narrow the results',
  types: 'Type',
  ministries: 'Ministry',
  targetGroups: 'Target group',
  count: (n: number) => `${n} results`,
  filterNote: 'Choices in one group widen, groups narrow.',
};

export const SEARCH_TEXTS: Record<Locale, SearchTexts> = { nb, nn, en };

/** Everyday words offered when nothing is found: each is a search term in the seeds. */
export const SUGGESTED_WORDS: Record<Locale, readonly string[]> = {
  nb: ['husleie', 'depositum', 'kjøpe bolig', 'gjeld'],
  nn: ['husleige', 'depositum', 'kjøpe bustad', 'gjeld'],
  en: ['rent', 'deposit', 'buy a home', 'debt'],
};
