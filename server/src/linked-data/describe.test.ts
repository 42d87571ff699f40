import { describe, expect, it } from 'vitest';
import { parseTurtle } from '../../../test/support/rdf.ts';
import type { Database } from '../neo4j/database.ts';
import { describeEntity } from './describe.ts';

const BASE = 'https://vmk.example.no';
const OPEN = Number.MAX_SAFE_INTEGER;

/** Answers the lookup with `record` and the entity read with `props`, remembering what it was asked. */
function fakeDb(record: { labels: string[]; validFrom: string | null; validTo: string | null; knownTo: number } | null, props: Record<string, unknown>) {
  const asked: Array<{ name: string; params: Record<string, unknown> }> = [];
  const db = {
    read: async (statement: { name: string }, params: Record<string, unknown>) => {
      asked.push({ name: statement.name, params });
      if (statement.name === 'linked-data/lookup') return record ? [record] : [];
      if (statement.name === 'linked-data/services') return [{ props, names: [], roles: [], legalBases: [], targetGroups: [], goals: [], criteria: [], details: [], related: [], requires: [] }];
      return [{ props, names: [] }];
    },
  } as unknown as Pick<Database, 'read'>;
  return { db, asked };
}

const source = { id: 'src-l5', title: 'Lov om Husbanken', url: 'https://lovdata.no/lov/2009-05-29-30' };

describe('describeEntity', () => {
  it('describes a source as a document with its page', async () => {
    const { db } = fakeDb({ labels: ['Source', 'Entity', 'Seeded'], validFrom: null, validTo: null, knownTo: OPEN }, source);
    const description = await describeEntity({ db, scope: { asOf: '2026-06-01', revision: 5 }, base: BASE, label: 'Source', id: 'src-l5', format: 'turtle' });
    const store = parseTurtle(description?.body ?? '');
    expect(store.getObjects(`${BASE}/id/source/src-l5`, 'http://purl.org/dc/terms/title', null).map((t) => t.value)).toEqual(['Lov om Husbanken']);
    expect(store.getObjects(`${BASE}/id/source/src-l5`, 'http://www.w3.org/2000/01/rdf-schema#seeAlso', null).map((t) => t.value)).toEqual([source.url]);
  });

  it('reads an ended entity on its last day, and one that left the graph at the last revision that knew it', async () => {
    const { db, asked } = fakeDb({ labels: ['Instrument', 'Entity'], validFrom: '2005-01-01', validTo: '2021-12-31', knownTo: 4 }, { id: 'gone', kinds: ['grant'], name_nb: 'Borte' });
    const description = await describeEntity({ db, scope: { asOf: '2026-06-01', revision: 9 }, base: BASE, label: 'Instrument', id: 'gone', format: 'jsonld' });
    expect(description).toMatchObject({ asOf: '2021-12-31', revision: 3 });
    expect(asked[1]).toMatchObject({ name: 'linked-data/services', params: { asOf: '2021-12-31', revision: 3 } });
  });

  it('finds nothing under another type or an unknown id', async () => {
    const wrongType = fakeDb({ labels: ['Actor', 'Entity'], validFrom: null, validTo: null, knownTo: OPEN }, {});
    expect(await describeEntity({ db: wrongType.db, scope: { asOf: '2026-06-01', revision: 5 }, base: BASE, label: 'Instrument', id: 'husbanken', format: 'turtle' })).toBeNull();
    const unknown = fakeDb(null, {});
    expect(await describeEntity({ db: unknown.db, scope: { asOf: '2026-06-01', revision: 5 }, base: BASE, label: 'Actor', id: 'nobody', format: 'turtle' })).toBeNull();
  });
});
