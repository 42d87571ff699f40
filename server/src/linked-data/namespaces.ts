/**
 * The vocabularies CPSV-AP-NO uses, with the prefixes its own artefacts give them
 * (cpsv-ap-no-shapes.ttl, cpsv-ap-no-context.jsonld). Turtle writes them as @prefix lines and the
 * JSON-LD context declares the same, so both formats compact IRIs the same way.
 */

export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cpsv: 'http://purl.org/vocab/cpsv#',
  cpsvno: 'https://data.norge.no/vocabulary/cpsvno#',
  cv: 'http://data.europa.eu/m8g/',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatno: 'https://data.norge.no/vocabulary/dcatno#',
  dct: 'http://purl.org/dc/terms/',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
} as const;
export type Prefix = keyof typeof PREFIXES;

const ns =
  <P extends Prefix>(prefix: P) =>
  (local: string): string =>
    `${PREFIXES[prefix]}${local}`;

export const rdf = ns('rdf');
export const xsd = ns('xsd');
export const cpsv = ns('cpsv');
export const cpsvno = ns('cpsvno');
export const cv = ns('cv');
export const dcat = ns('dcat');
export const dcatno = ns('dcatno');
export const dct = ns('dct');
export const eli = ns('eli');
export const foaf = ns('foaf');
export const rdfs = ns('rdfs');
export const skos = ns('skos');
export const vcard = ns('vcard');

/** Classes the export writes; each has a shape in shapes/cpsv-ap-no.shapes.ttl. */
export const CLASS = {
  Catalog: dcat('Catalog'),
  PublicService: cpsv('PublicService'),
  PublicOrganisation: cv('PublicOrganisation'),
  Agent: foaf('Agent'),
  ContactPoint: cv('ContactPoint'),
  Channel: cv('Channel'),
  OutputType: cpsvno('OutputType'),
  LegalResource: eli('LegalResource'),
  Concept: skos('Concept'),
  Rule: cpsv('Rule'),
  EvidenceType: cv('EvidenceType'),
  Participation: cv('Participation'),
} as const;

/** Outside the profile: how /id/ describes sources and strategies, which the catalogue leaves out. */
export const DOCUMENT_CLASS = foaf('Document');

/**
 * Norway in the EU's country authority table, the value the profile's own example gives
 * `dct:spatial` (src/linkml/ap-no/cpsv-ap-no/examples/cpsv-ap-no-eksempel.yaml). Its concepts are
 * SKOS concepts, which is what the shapes' `sh:class skos:Concept` asks the data to say.
 */
export const NORWAY = 'http://publications.europa.eu/resource/authority/country/NOR';

/** The catalogue's languages as RDF language tags: the graph's three texts. */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type LangTag = (typeof LANGS)[number];

/** An IRI as `prefix:local` when one of the prefixes covers it and the rest is a plain name. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace)) {
      const local = iri.slice(namespace.length);
      if (/^[A-Za-z_][\w-]*$/.test(local)) return `${prefix}:${local}`;
    }
  }
  return iri;
}
