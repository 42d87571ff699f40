/**
 * The words of the policy views' entry on /utforsk in bokmål, nynorsk and English. Kept with the
 * page rather than in the shared dictionaries, which are part of every first load (budget 120 KB);
 * the views themselves carry their own words and are loaded on demand.
 */
import type { Locale } from '../i18n/locale.ts';

type View = { title: string; body: string };

const nb = {
  viewsTitle: 'Analyser for politikk og styring',
  viewsLead: 'Hvordan virkemidlene når målgrupper og mål, hvor det er hull, og hvordan det har endret seg. Alle visningene følger datoen du har valgt.',
  graph: { title: 'Utforsk grafen', body: 'Følg sammenhengene fra departement til virkemiddel, målgruppe og mål. Utvid, finn veien mellom to, se endringer over tid.' },
  coverage: { title: 'Dekningsmatrise', body: 'Virkemidler mot målgrupper og mål, med antall, filtre og nedlasting som CSV.' },
  gaps: { title: 'Hull over tid', body: 'Målgrupper og mål uten virkemiddel, og virkemidler uten mål, gjennom strategiperiodene.' },
  ministry: { title: 'Departementenes virkemidler', body: 'Ett departements virkemidler, etatene som forvalter dem og hvem de når. Kan skrives ut.' },
  listsTitle: 'Alt i kartet',
};

export type ExploreTexts = typeof nb & Record<'graph' | 'coverage' | 'gaps' | 'ministry', View>;

const nn: ExploreTexts = {
  viewsTitle: 'Analysar for politikk og styring',
  viewsLead: 'Korleis verkemidla når målgrupper og mål, kvar det er hol, og korleis det har endra seg. Alle visingane følgjer datoen du har valt.',
  graph: { title: 'Utforsk grafen', body: 'Følg samanhengane frå departement til verkemiddel, målgruppe og mål. Utvid, finn vegen mellom to, sjå endringar over tid.' },
  coverage: { title: 'Dekningsmatrise', body: 'Verkemiddel mot målgrupper og mål, med tal, filter og nedlasting som CSV.' },
  gaps: { title: 'Hol over tid', body: 'Målgrupper og mål utan verkemiddel, og verkemiddel utan mål, gjennom strategiperiodane.' },
  ministry: { title: 'Verkemidla til departementa', body: 'Verkemidla til eitt departement, etatane som forvaltar dei og kven dei når. Kan skrivast ut.' },
  listsTitle: 'Alt i kartet',
};

const en: ExploreTexts = {
  viewsTitle: 'Analysis for policy and governance',
  viewsLead: 'How the instruments reach target groups and goals, where the gaps are, and how this has changed. Every view follows the date you have chosen.',
  graph: { title: 'Explore the graph', body: 'Follow the links from ministry to instrument, target group and goal. Expand, find the path between two, see changes over time.' },
  coverage: { title: 'Coverage matrix', body: 'Instruments against target groups and goals, with counts, filters and CSV download.' },
  gaps: { title: 'Gaps over time', body: 'Target groups and goals without an instrument, and instruments without a goal, across the strategy periods.' },
  ministry: { title: "The ministries' instruments", body: "One ministry's instruments, the agencies that administer them and whom they reach. Printable." },
  listsTitle: 'Everything in the map',
};

const TEXTS: Record<Locale, ExploreTexts> = { nb, nn, en };

export function exploreTexts(locale: Locale): ExploreTexts {
  return TEXTS[locale];
}
