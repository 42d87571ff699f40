/**
 * The words of the gaps over time ("Hull over tid") in bokmål, nynorsk and English. Kept with the
 * page, which is loaded on demand, out of the shared dictionaries of the first page.
 */
import type { GapPeriodKind, GapReason } from '../../gql/graphql.ts';
import type { Locale } from '../../i18n/locale.ts';

export type SubjectKind = 'TARGET_GROUP' | 'GOAL' | 'INSTRUMENT';

const nb = {
  title: 'Hull over tid',
  intro:
    'Målgrupper og mål som ingen virkemidler i kraft når, og virkemidler uten mål, gjennom periodene til de nasjonale strategiene. Et mål uten kartlagte virkemidler er ikke nødvendigvis et hull: ingen har ennå registrert hvilke virkemidler som tjener det.',
  filters: 'Vis',
  reasons: 'Årsak',
  subjects: 'Hva',
  reason: { NO_INSTRUMENT: 'Ingen virkemidler', NOT_MAPPED: 'Ikke kartlagt ennå', NO_GOAL: 'Uten mål' } satisfies Record<GapReason, string>,
  reasonHelp: {
    NO_INSTRUMENT: 'i kraft, men ingen virkemidler i kraft retter seg mot det',
    NOT_MAPPED: 'ingen virkemidler er koblet til målet på noen dato, så grafen kan ikke si om det er et hull',
    NO_GOAL: 'virkemidlet er i kraft, men tjener ingen mål',
  } satisfies Record<GapReason, string>,
  subject: { TARGET_GROUP: 'Målgrupper', GOAL: 'Mål', INSTRUMENT: 'Virkemidler' } satisfies Record<SubjectKind, string>,
  subjectOne: { TARGET_GROUP: 'Målgruppe', GOAL: 'Mål', INSTRUMENT: 'Virkemiddel' } satisfies Record<SubjectKind, string>,
  period: { STRATEGY: 'Strategi', BEFORE: 'Før strategiene', BETWEEN: 'Mellom strategiene', AFTER: 'Etter siste strategi' } satisfies Record<GapPeriodKind, string>,
  periodsTitle: 'Periode for periode',
  periodSummary: (groups: number, goals: number, unmapped: number, instruments: number) =>
    `${groups} målgrupper og ${goals} mål uten virkemidler, ${unmapped} mål som ikke er kartlagt, ${instruments} virkemidler uten mål.`,
  timelineTitle: 'Tidslinje',
  timelineAlt: (subjects: number, from: string, to: string) =>
    `Tidslinje med ${subjects} hull fra ${from} til ${to}, én rad per målgruppe, mål eller virkemiddel. Den samme informasjonen står i tabellen under.`,
  now: 'Valgt dato',
  tableTitle: 'Alle hull',
  tableCaption: (shown: number, from: string, to: string) => `${shown} hull mellom ${from} og ${to}`,
  tableRegion: 'Tabellen over hull, kan rulles',
  columnSubject: 'Navn',
  columnKind: 'Hva',
  columnReason: 'Årsak',
  columnWhen: 'Når det er et hull',
  columnStrategies: 'Strategi',
  columnAtDate: (date: string) => `Hull ${date}?`,
  yes: 'Ja',
  no: 'Nei',
  range: (from: string, to: string) => `${from}–${to}`,
  ongoing: 'fortsetter',
  before: 'begynte før',
  none: 'Ingen hull passer med filtrene.',
  shown: (shown: number, total: number) => `Viser ${shown} av ${total} hull.`,
  print: 'Skriv ut',
  legendTitle: 'Tegnforklaring',
};

export type GapTexts = typeof nb;

const nn: GapTexts = {
  title: 'Hol over tid',
  intro:
    'Målgrupper og mål som ingen verkemiddel i kraft når, og verkemiddel utan mål, gjennom periodane til dei nasjonale strategiane. Eit mål utan kartlagde verkemiddel er ikkje naudsynt eit hol: ingen har enno registrert kva verkemiddel som tener det.',
  filters: 'Vis',
  reasons: 'Årsak',
  subjects: 'Kva',
  reason: { NO_INSTRUMENT: 'Ingen verkemiddel', NOT_MAPPED: 'Ikkje kartlagt enno', NO_GOAL: 'Utan mål' },
  reasonHelp: {
    NO_INSTRUMENT: 'i kraft, men ingen verkemiddel i kraft rettar seg mot det',
    NOT_MAPPED: 'ingen verkemiddel er kopla til målet på nokon dato, så grafen kan ikkje seie om det er eit hol',
    NO_GOAL: 'verkemiddelet er i kraft, men tener ingen mål',
  },
  subject: { TARGET_GROUP: 'Målgrupper', GOAL: 'Mål', INSTRUMENT: 'Verkemiddel' },
  subjectOne: { TARGET_GROUP: 'Målgruppe', GOAL: 'Mål', INSTRUMENT: 'Verkemiddel' },
  period: { STRATEGY: 'Strategi', BEFORE: 'Før strategiane', BETWEEN: 'Mellom strategiane', AFTER: 'Etter siste strategi' },
  periodsTitle: 'Periode for periode',
  periodSummary: (groups: number, goals: number, unmapped: number, instruments: number) =>
    `${groups} målgrupper og ${goals} mål utan verkemiddel, ${unmapped} mål som ikkje er kartlagde, ${instruments} verkemiddel utan mål.`,
  timelineTitle: 'Tidslinje',
  timelineAlt: (subjects: number, from: string, to: string) =>
    `Tidslinje med ${subjects} hol frå ${from} til ${to}, éi rad per målgruppe, mål eller verkemiddel. Den same informasjonen står i tabellen under.`,
  now: 'Vald dato',
  tableTitle: 'Alle hol',
  tableCaption: (shown: number, from: string, to: string) => `${shown} hol mellom ${from} og ${to}`,
  tableRegion: 'Tabellen over hol, kan rullast',
  columnSubject: 'Namn',
  columnKind: 'Kva',
  columnReason: 'Årsak',
  columnWhen: 'Når det er eit hol',
  columnStrategies: 'Strategi',
  columnAtDate: (date: string) => `Hol ${date}?`,
  yes: 'Ja',
  no: 'Nei',
  range: (from: string, to: string) => `${from}–${to}`,
  ongoing: 'held fram',
  before: 'byrja før',
  none: 'Ingen hol passar med filtera.',
  shown: (shown: number, total: number) => `Viser ${shown} av ${total} hol.`,
  print: 'Skriv ut',
  legendTitle: 'Teiknforklaring',
};

const en: GapTexts = {
  title: 'Gaps over time',
  intro:
    'Target groups and goals that no instrument in force reaches, and instruments without a goal, across the periods of the national strategies. A goal with no instruments mapped is not necessarily a gap: nobody has recorded yet which instruments serve it.',
  filters: 'Show',
  reasons: 'Reason',
  subjects: 'What',
  reason: { NO_INSTRUMENT: 'No instrument', NOT_MAPPED: 'Not mapped yet', NO_GOAL: 'No goal' },
  reasonHelp: {
    NO_INSTRUMENT: 'in force, but no instrument in force is aimed at it',
    NOT_MAPPED: 'no instrument is linked to the goal at any date, so the graph cannot say whether it is a gap',
    NO_GOAL: 'the instrument is in force but serves no goal',
  },
  subject: { TARGET_GROUP: 'Target groups', GOAL: 'Goals', INSTRUMENT: 'Instruments' },
  subjectOne: { TARGET_GROUP: 'Target group', GOAL: 'Goal', INSTRUMENT: 'Instrument' },
  period: { STRATEGY: 'Strategy', BEFORE: 'Before the strategies', BETWEEN: 'Between the strategies', AFTER: 'After the last strategy' },
  periodsTitle: 'Period by period',
  periodSummary: (groups: number, goals: number, unmapped: number, instruments: number) =>
    `${groups} target groups and ${goals} goals without an instrument, ${unmapped} goals not mapped, ${instruments} instruments without a goal.`,
  timelineTitle: 'Timeline',
  timelineAlt: (subjects: number, from: string, to: string) =>
    `Timeline of ${subjects} gaps from ${from} to ${to}, one row per target group, goal or instrument. The table below holds the same information.`,
  now: 'Chosen date',
  tableTitle: 'All gaps',
  tableCaption: (shown: number, from: string, to: string) => `${shown} gaps between ${from} and ${to}`,
  tableRegion: 'Table of gaps, scrollable',
  columnSubject: 'Name',
  columnKind: 'What',
  columnReason: 'Reason',
  columnWhen: 'When it is a gap',
  columnStrategies: 'Strategy',
  columnAtDate: (date: string) => `Gap on ${date}?`,
  yes: 'Yes',
  no: 'No',
  range: (from: string, to: string) => `${from}–${to}`,
  ongoing: 'goes on',
  before: 'began earlier',
  none: 'No gaps match the filters.',
  shown: (shown: number, total: number) => `Showing ${shown} of ${total} gaps.`,
  print: 'Print',
  legendTitle: 'Key',
};

export const GAP_TEXTS: Record<Locale, GapTexts> = { nb, nn, en };

/** Keys whose nynorsk text is rightly the bokmål one. */
export const SAME_IN_NYNORSK = [
  'filters',
  'reasons',
  'subject.TARGET_GROUP',
  'subject.GOAL',
  'subjectOne.TARGET_GROUP',
  'subjectOne.GOAL',
  'period.STRATEGY',
  'period.AFTER',
  'periodsTitle',
  'timelineTitle',
  'columnReason',
  'columnStrategies',
  'yes',
  'no',
  'range',
  'print',
];
