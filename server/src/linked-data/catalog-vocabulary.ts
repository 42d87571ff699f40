/**
 * What the catalogue says of itself and the small vocabularies its services point into: the output
 * type of each kind of instrument, the role of each kind of actor link, its publisher and contact
 * point. These are the project's own definitions (docs/linked-data.md gives the derivations), not
 * facts of the graph, so they are written here once, in three languages.
 */
import type { INSTRUMENT_KINDS } from '../seed/schema.ts';
import { catalogUri } from '../vocabulary/index.ts';
import { CLASS, cv, dct, foaf, NORWAY, skos, type LangTag } from './namespaces.ts';
import { iri, langText, ResourceBuilder, text, type Resource, type Term } from './rdf-model.ts';
import { catalogContactPointUri, outputTypeUri, publisherUri, roleUri } from './uris.ts';

type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
type Texts = Readonly<Record<LangTag, string>>;
const texts = (t: Texts): Term[] => (Object.entries(t) as [LangTag, string][]).map(([lang, value]) => langText(value, lang));

interface Defined {
  title: Texts;
  description: Texts;
}

/**
 * The result a household (or municipality) gets from an instrument of each kind: cpsvno:OutputType
 * is mandatory, and the kind is the graph's own statement of what the instrument gives. A right,
 * a rule or a political commitment is not itself a result: an instrument of only those kinds has no
 * output type and is reported.
 */
export const OUTPUT_TYPES: Partial<Record<InstrumentKind, Defined>> = {
  loan: {
    title: { nb: 'Lån', nn: 'Lån', en: 'Loan' },
    description: { nb: 'Et lån som skal betales tilbake.', nn: 'Eit lån som skal betalast tilbake.', en: 'A loan that is to be repaid.' },
  },
  grant: {
    title: { nb: 'Tilskudd', nn: 'Tilskot', en: 'Grant' },
    description: { nb: 'Penger som ikke skal betales tilbake.', nn: 'Pengar som ikkje skal betalast tilbake.', en: 'Money that is not to be repaid.' },
  },
  allowance: {
    title: { nb: 'Stønad', nn: 'Stønad', en: 'Allowance' },
    description: { nb: 'Økonomisk støtte som utbetales til husstanden.', nn: 'Økonomisk stønad som blir utbetalt til hushaldet.', en: 'Financial support paid to the household.' },
  },
  guarantee: {
    title: { nb: 'Garanti', nn: 'Garanti', en: 'Guarantee' },
    description: { nb: 'En garanti overfor en tredjepart, for eksempel en utleier.', nn: 'Ein garanti overfor ein tredjepart, til dømes ein utleigar.', en: 'A guarantee given to a third party, for example a landlord.' },
  },
  service: {
    title: { nb: 'Tjeneste', nn: 'Teneste', en: 'Service' },
    description: { nb: 'En tjeneste som ytes til personen eller husstanden.', nn: 'Ei teneste som blir ytt til personen eller hushaldet.', en: 'A service provided to the person or household.' },
  },
  advice: {
    title: { nb: 'Rådgivning', nn: 'Rådgiving', en: 'Advice' },
    description: { nb: 'Råd og veiledning.', nn: 'Råd og rettleiing.', en: 'Advice and guidance.' },
  },
  housing_provision: {
    title: { nb: 'Bolig', nn: 'Bustad', en: 'Housing' },
    description: { nb: 'Et sted å bo: en bolig eller et botilbud.', nn: 'Ein stad å bu: ein bustad eller eit butilbod.', en: 'A place to live: a dwelling or a housing offer.' },
  },
  supply_side_grant: {
    title: { nb: 'Tilskudd til kommuner og utbyggere', nn: 'Tilskot til kommunar og utbyggjarar', en: 'Grant to municipalities and builders' },
    description: {
      nb: 'Penger til kommuner eller utbyggere, ikke til husstander, som ikke skal betales tilbake.',
      nn: 'Pengar til kommunar eller utbyggjarar, ikkje til hushald, som ikkje skal betalast tilbake.',
      en: 'Money for municipalities or builders, not households, that is not to be repaid.',
    },
  },
  supply_side_loan: {
    title: { nb: 'Lån til kommuner og utbyggere', nn: 'Lån til kommunar og utbyggjarar', en: 'Loan to municipalities and builders' },
    description: { nb: 'Et lån til kommuner eller utbyggere, ikke til husstander.', nn: 'Eit lån til kommunar eller utbyggjarar, ikkje til hushald.', en: 'A loan to municipalities or builders, not households.' },
  },
};

/** Each actor link of an instrument as the role of a cv:Participation (the explorer's own wording). */
export const ROLES = {
  FUNDED_BY: { slug: 'funded-by', label: { nb: 'Finansierer', nn: 'Finansierer', en: 'Funds it' } },
  ADMINISTERED_BY: { slug: 'administered-by', label: { nb: 'Forvalter', nn: 'Forvaltar', en: 'Administers it' } },
  DECIDED_BY: { slug: 'decided-by', label: { nb: 'Fatter vedtak', nn: 'Gjer vedtak', en: 'Makes the decision' } },
  DELIVERED_BY: { slug: 'delivered-by', label: { nb: 'Leverer', nn: 'Leverer', en: 'Delivers it' } },
  APPLIES_TO: { slug: 'applies-to', label: { nb: 'Tar imot søknaden', nn: 'Tek imot søknaden', en: 'Receives the application' } },
  APPEALS_TO: { slug: 'appeals-to', label: { nb: 'Avgjør klagen', nn: 'Avgjer klaga', en: 'Decides the appeal' } },
} as const satisfies Record<string, { slug: string; label: Texts }>;
export type RoleType = keyof typeof ROLES;
export const ROLE_TYPES = Object.keys(ROLES) as RoleType[];
export const isRoleType = (type: string): type is RoleType => type in ROLES;

const CATALOG_TITLE: Texts = {
  nb: 'Virkemiddelkart: boligsosiale virkemidler',
  nn: 'Verkemiddelkart: bustadsosiale verkemiddel',
  en: 'Virkemiddelkart: social housing policy instruments',
};

const catalogDescription = (asOf: string): Texts => ({
  nb: `De boligsosiale virkemidlene (startlån, bostøtte, tilskudd, kommunale boliger, oppfølging og mer): hvem som har ansvaret, hvem de er for, hva som kreves og hvor man søker. Slik de gjelder ${asOf}.`,
  nn: `Dei bustadsosiale verkemidla (startlån, bustøtte, tilskot, kommunale bustader, oppfølging og meir): kven som har ansvaret, kven dei er for, kva som krevst og kvar ein søkjer. Slik dei gjeld ${asOf}.`,
  en: `Norway's social housing policy instruments (start-up loans, housing allowance, grants, municipal housing, follow-up and more): who is responsible, whom they are for, what they require and where to apply. As they apply on ${asOf}.`,
});

const PUBLISHER_NAME: Texts = { nb: 'Virkemiddelkart', nn: 'Verkemiddelkart', en: 'Virkemiddelkart' };

/**
 * The catalogue and what it needs besides its services. `dcatno:containsService` is not here: each
 * service adds it as it is written (Resource.reverse). No dct:license: the repository states none
 * for the data (package.json's MIT licence covers the code).
 */
export function catalogResources(base: string, asOf: string): Resource[] {
  const catalog = catalogUri(base);
  return [
    new ResourceBuilder(catalog, [CLASS.Catalog])
      .add(dct('title'), texts(CATALOG_TITLE))
      .add(dct('description'), texts(catalogDescription(asOf)))
      .add(dct('identifier'), text(catalog))
      .add(dct('publisher'), iri(publisherUri(base)))
      .add(cv('contactPoint'), iri(catalogContactPointUri(base)))
      .add(foaf('homepage'), iri(`${base}/`))
      .add(dct('spatial'), iri(NORWAY))
      .build(),
    // A software agent is a foaf:Agent; the graph names no organisation that publishes it (reported).
    new ResourceBuilder(publisherUri(base), [CLASS.Agent]).add(dct('title'), texts(PUBLISHER_NAME)).add(dct('identifier'), text(base)).build(),
    // The explorer: every page has "Meld feil", a report that reaches the editors.
    new ResourceBuilder(catalogContactPointUri(base), [CLASS.ContactPoint]).add(cv('contactPage'), iri(`${base}/`)).build(),
    new ResourceBuilder(NORWAY, [CLASS.Concept]).build(),
    ...Object.entries(OUTPUT_TYPES).map(([kind, defined]) =>
      new ResourceBuilder(outputTypeUri(base, kind), [CLASS.OutputType]).add(dct('title'), texts(defined.title)).add(dct('description'), texts(defined.description)).add(dct('identifier'), text(kind)).build(),
    ),
    ...Object.values(ROLES).map((role) => new ResourceBuilder(roleUri(base, role.slug), [CLASS.Concept]).add(skos('prefLabel'), texts(role.label)).build()),
  ];
}
