import { describe, expect, it } from 'vitest';
import { differences, parseJsonLd, parseTurtle, subjectsOfType, validate } from '../../../test/support/rdf.ts';
import type { Database } from '../neo4j/database.ts';
import { writeCatalog, type CatalogReport, type RdfFormat } from './catalog.ts';
import type { EntityRow, ServiceRow } from './statements.ts';

const BASE = 'https://vmk.example.no';
const CPSV = 'http://purl.org/vocab/cpsv#';
const CV = 'http://data.europa.eu/m8g/';
const DCT = 'http://purl.org/dc/terms/';

const names = (nb: string, en = nb) => ({ name_nb: nb, name_nn: nb, name_en: en });
const actor = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({ id, kind, ...names(id.toUpperCase()), ...extra });

function service(id: string, overrides: Partial<ServiceRow> = {}): ServiceRow {
  return {
    props: { id, kinds: ['loan'], ...names(`Tjeneste ${id}`), description_nb: 'Et lån.', description_en: 'A loan.' },
    names: [],
    roles: [
      { type: 'DECIDED_BY', props: actor('kommune', 'municipality'), names: [] },
      { type: 'FUNDED_BY', props: actor('kdd', 'ministry'), names: [{ id: 'kdd-name', ...names('KMD'), validTo: '2021-12-31' }] },
      { type: 'DELIVERED_BY', props: actor('utbygger', 'other'), names: [] },
    ],
    legalBases: [{ id: 'husbankloven', reference: 'LOV-2009-05-29-30', url: 'https://lovdata.no/lov/2009-05-29-30', ...names('Husbankloven') }],
    targetGroups: [{ id: 'barnefamilier', ...names('Barnefamilier') }],
    goals: [{ id: 'eie', ...names('Eie egen bolig') }],
    criteria: [{ id: `${id}-age`, order: 0, text_nb: 'Søkeren er minst 18 år.', text_en: 'The applicant is at least 18.' }],
    details: [
      { id: `${id}-application-page`, kind: 'applicationPage', order: 0, url: 'https://example.no/sok', title_nb: 'Søk' },
      { id: `${id}-information-page`, kind: 'informationPage', order: 0, url: 'https://example.no/om' },
      { id: `${id}-document-0`, kind: 'document', order: 0, text_nb: 'Skattemelding.' },
    ],
    related: [],
    requires: [],
    ...overrides,
  };
}

const ENTITIES: Record<string, Array<ServiceRow | EntityRow>> = {
  Instrument: [service('startlan'), service('uten-kontakt', { details: [], roles: [{ type: 'DECIDED_BY', props: actor('kommune', 'municipality'), names: [] }] })],
  Actor: [actor('kdd', 'ministry'), actor('kommune', 'municipality'), actor('utbygger', 'other')].map((props) => ({
    props,
    names: props.id === 'kdd' ? [{ id: 'kdd-name', ...names('KMD'), validTo: '2021-12-31' }] : [],
  })),
  LegalBasis: [{ props: { id: 'husbankloven', reference: 'LOV-2009-05-29-30', url: 'https://lovdata.no/lov/2009-05-29-30', ...names('Husbankloven') }, names: [] }],
  TargetGroup: [{ props: { id: 'barnefamilier', ...names('Barnefamilier') }, names: [] }],
  Goal: [{ props: { id: 'eie', ...names('Eie egen bolig') }, names: [] }],
};

/** Streams the rows above by the label the statement's key range names, as Neo4j would. */
const db = {
  stream: async (_statement: unknown, params: { labelLow: string }, onRow: (row: unknown) => void | Promise<void>): Promise<number> => {
    const rows = ENTITIES[params.labelLow.split('\u0001')[0] ?? ''] ?? [];
    for (const row of rows) await onRow(row);
    return rows.length;
  },
} as unknown as Pick<Database, 'stream'>;

async function exported(format: RdfFormat, asOf = '2026-06-01'): Promise<{ text: string; report: CatalogReport }> {
  let text = '';
  const report = await writeCatalog({ db, scope: { asOf, knownAt: null, revision: 1 }, base: BASE, format, write: async (chunk) => void (text += chunk) });
  return { text, report };
}

describe('writeCatalog', () => {
  it('writes Turtle and JSON-LD with the same triples, both conforming to the shapes', async () => {
    const turtle = parseTurtle((await exported('turtle')).text);
    const json = await parseJsonLd((await exported('jsonld')).text);
    expect(differences(turtle, json)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
    expect(turtle.size).toBeGreaterThan(50);
    const result = await validate(turtle);
    expect(result.results).toEqual([]);
    expect(result.conforms).toBe(true);
  });

  it('leaves out a service lacking a mandatory value and says which and why', async () => {
    const { text, report } = await exported('turtle');
    const store = parseTurtle(text);
    expect(subjectsOfType(store, `${CPSV}PublicService`)).toEqual([`${BASE}/id/instrument/startlan`]);
    expect(report.entries).toContainEqual(expect.objectContaining({ id: 'uten-kontakt', outcome: 'omitted', property: 'cv:contactPoint' }));
    expect(report.written['cpsv:PublicService']).toBe(1);
  });

  it('types an actor the graph does not call public as foaf:Agent only, and reports it', async () => {
    const { text, report } = await exported('turtle');
    const store = parseTurtle(text);
    expect(subjectsOfType(store, `${CV}PublicOrganisation`)).toEqual([`${BASE}/id/actor/kdd`, `${BASE}/id/actor/kommune`]);
    expect(report.entries).toContainEqual(expect.objectContaining({ id: 'utbygger', outcome: 'incomplete', property: 'cv:PublicOrganisation' }));
  });

  it('names an actor by the name it had on the date', async () => {
    const titleOn = async (asOf: string) =>
      parseTurtle((await exported('turtle', asOf)).text)
        .getObjects(`${BASE}/id/actor/kdd`, `${DCT}title`, null)
        .filter((term) => term.termType === 'Literal' && term.language === 'nb')
        .map((term) => term.value);
    expect(await titleOn('2019-06-01')).toEqual(['KMD']);
    expect(await titleOn('2026-06-01')).toEqual(['KDD']);
  });

  it('breaks validation when a service loses its title: the shapes bite', async () => {
    const store = parseTurtle((await exported('turtle')).text);
    store.removeQuads(store.getQuads(`${BASE}/id/instrument/startlan`, `${DCT}title`, null, null));
    const result = await validate(store);
    expect(result.conforms).toBe(false);
    expect(result.results).toContainEqual(expect.objectContaining({ focusNode: `${BASE}/id/instrument/startlan`, path: `${DCT}title`, constraint: 'http://www.w3.org/ns/shacl#MinCountConstraintComponent' }));
  });
});
