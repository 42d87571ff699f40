import { describe, expect, it } from 'vitest';
import { changeBetween, changeDates, nameAt, viewAt, type ViewAnswer, type ViewOptions } from './graph-view-model.ts';

// IMDi's moves between ministries, as the seed graph records them, and KDD's names.
const answer: ViewAnswer = {
  focus: { id: 'imdi' },
  opened: ['imdi'],
  nodes: [
    { entity: { id: 'imdi', type: 'ACTOR' }, names: [], currentName: 'IMDi' },
    { entity: { id: 'bfd', type: 'ACTOR' }, names: [{ name: 'BLD', validFrom: '2010-01-01', validTo: '2016-03-31' }], currentName: 'BFD' },
    { entity: { id: 'aid', type: 'ACTOR' }, names: [], currentName: 'AID' },
    { entity: { id: 'old-scheme', type: 'INSTRUMENT', validTo: '2019-12-31' }, names: [], currentName: 'Old scheme' },
    { entity: { id: 'bostotte', type: 'INSTRUMENT' }, names: [], currentName: 'Bostøtte' },
    { entity: { id: 'husbanken', type: 'ACTOR' }, names: [], currentName: 'Husbanken' },
  ],
  edges: [
    { id: 'imdi|ANSWERS_TO|bfd', type: 'ANSWERS_TO', source: 'imdi', target: 'bfd', validTo: '2015-12-15' },
    { id: 'imdi|ANSWERS_TO|aid', type: 'ANSWERS_TO', source: 'imdi', target: 'aid', validFrom: '2022-01-01' },
    { id: 'old-scheme|ADMINISTERED_BY|imdi', type: 'ADMINISTERED_BY', source: 'old-scheme', target: 'imdi' },
    { id: 'bostotte|ADMINISTERED_BY|husbanken', type: 'ADMINISTERED_BY', source: 'bostotte', target: 'husbanken' },
  ],
};
const options: ViewOptions = { date: '2014-06-01', showEnded: false, hiddenTypes: [], hiddenRelations: [], added: [] };
const ids = (view: { nodes: { id: string }[] }) => view.nodes.map((node) => node.id);

describe('viewAt', () => {
  it('shows the neighbours reached through relationships in force at the date', () => {
    expect(ids(viewAt(answer, options))).toEqual(['imdi', 'bfd', 'old-scheme']);
    expect(ids(viewAt(answer, { ...options, date: '2023-01-01' }))).toEqual(['imdi', 'aid']);
  });

  it('leaves out an ended entity unless ended ones are asked for, and then marks it', () => {
    const withEnded = viewAt(answer, { ...options, date: '2023-01-01', showEnded: true });
    expect(ids(withEnded)).toEqual(['imdi', 'bfd', 'aid', 'old-scheme']);
    expect(withEnded.nodes.find((node) => node.id === 'old-scheme')?.inForce).toBe(false);
    expect(withEnded.edges.find((edge) => edge.id === 'imdi|ANSWERS_TO|bfd')?.inForce).toBe(false);
  });

  it('shows an added entity and, once it is opened, its neighbours; filters hide types and relations', () => {
    expect(ids(viewAt(answer, { ...options, added: ['bostotte'] }))).toEqual(['imdi', 'bfd', 'old-scheme', 'bostotte']);
    expect(ids(viewAt({ ...answer, opened: ['imdi', 'bostotte'] }, { ...options, added: ['bostotte'] }))).toContain('husbanken');
    expect(ids(viewAt(answer, { ...options, hiddenTypes: ['INSTRUMENT'] }))).toEqual(['imdi', 'bfd']);
    expect(ids(viewAt(answer, { ...options, hiddenRelations: ['ANSWERS_TO'] }))).toEqual(['imdi', 'old-scheme']);
  });

  it('shows what was added (a path’s steps) even when it has ended, marked as ended', () => {
    const view = viewAt(answer, { ...options, date: '2023-01-01', added: ['old-scheme'] });
    expect(ids(view)).toEqual(['imdi', 'aid', 'old-scheme']);
    expect(view.nodes.find((node) => node.id === 'old-scheme')?.inForce).toBe(false);
  });

  it('never hides the focus, whatever its type', () => {
    expect(ids(viewAt(answer, { ...options, hiddenTypes: ['ACTOR'] }))).toEqual(['imdi', 'old-scheme']);
  });
});

describe('names and change', () => {
  it('names an entity by the name period in force, else by its present name', () => {
    const bfd = answer.nodes[1];
    if (!bfd) throw new Error('fixture');
    expect(nameAt(bfd, '2014-06-01')).toBe('BLD');
    expect(nameAt(bfd, '2020-06-01')).toBe('BFD');
  });

  it('lists the days anything starts, ends (the day after) or is renamed', () => {
    expect(changeDates(answer)).toEqual(['2010-01-01', '2015-12-16', '2016-04-01', '2020-01-01', '2022-01-01']);
  });

  it('says what appeared, left, was renamed, and which links came and went', () => {
    const change = changeBetween(viewAt(answer, options), viewAt(answer, { ...options, date: '2023-01-01' }));
    expect(change.appeared.map((node) => node.id)).toEqual(['aid']);
    expect(change.left.map((node) => node.id)).toEqual(['bfd', 'old-scheme']);
    expect(change.linksAdded.map((edge) => edge.id)).toEqual(['imdi|ANSWERS_TO|aid']);
    expect(change.linksRemoved.map((edge) => edge.id)).toEqual(['imdi|ANSWERS_TO|bfd', 'old-scheme|ADMINISTERED_BY|imdi']);
    const renamed = changeBetween(viewAt(answer, { ...options, showEnded: true }), viewAt(answer, { ...options, showEnded: true, date: '2020-06-01' }));
    expect(renamed.renamed).toEqual([{ node: expect.objectContaining({ id: 'bfd', name: 'BFD' }), before: 'BLD' }]);
  });
});
