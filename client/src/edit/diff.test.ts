import { describe, expect, it } from 'vitest';
import { groupByRecord, parseRecord, parseValue, valueText } from './diff.ts';

describe('parseValue', () => {
  it('shows a JSON string as its text, not with quotes', () => {
    expect(parseValue('"Husbanken"')).toEqual({ kind: 'text', text: 'Husbanken' });
  });

  it('treats null, an absent value and an empty string or list as empty', () => {
    expect(parseValue(null).kind).toBe('empty');
    expect(parseValue(undefined).kind).toBe('empty');
    expect(parseValue('null').kind).toBe('empty');
    expect(parseValue('""').kind).toBe('empty');
    expect(parseValue('[]').kind).toBe('empty');
  });

  it('shows text in three languages as one entry per language present, bokmål first', () => {
    expect(parseValue('{"en":"Start-up loan","nb":"Startlån","nn":null}')).toEqual({
      kind: 'languages',
      entries: [
        { lang: 'nb', text: 'Startlån' },
        { lang: 'en', text: 'Start-up loan' },
      ],
    });
  });

  it('shows numbers, booleans and dates as text and a list of words as items', () => {
    expect(parseValue('2024-01-01')).toEqual({ kind: 'text', text: '2024-01-01' });
    expect(parseValue('"2024-01-01"')).toEqual({ kind: 'text', text: '2024-01-01' });
    expect(parseValue('42')).toEqual({ kind: 'text', text: '42' });
    expect(parseValue('["husbanken","nav"]')).toEqual({ kind: 'list', items: ['husbanken', 'nav'] });
  });

  it('falls back to indented JSON only for other objects', () => {
    const value = parseValue('{"values":[1,2],"group":1}');
    expect(value.kind).toBe('json');
    expect(valueText(value, '–')).toContain('"values"');
  });

  it('keeps a value that is not JSON as it came', () => {
    expect(parseValue('Kommunal- og distriktsdepartementet')).toEqual({ kind: 'text', text: 'Kommunal- og distriktsdepartementet' });
  });
});

describe('valueText', () => {
  it('joins languages with their codes and uses the empty word for nothing', () => {
    expect(valueText(parseValue('{"nb":"A","nn":"B"}'), '(tom)')).toBe('nb: A; nn: B');
    expect(valueText(parseValue(null), '(tom)')).toBe('(tom)');
  });
});

describe('groupByRecord', () => {
  it('groups fields per record in order and drops fields that did not change', () => {
    const groups = groupByRecord([
      { record: 'kdd', action: 'CHANGED', field: 'name', before: '"KMD"', after: '"KDD"' },
      { record: 'kdd|ANSWERS_TO|regjeringen', action: 'CREATED', field: 'validFrom', before: null, after: '"2024-01-01"' },
      { record: 'kdd', action: 'CHANGED', field: 'url', before: '"x"', after: '"x"' },
      { record: 'kdd', action: 'CHANGED', field: 'abbreviation', before: '"KMD"', after: '"KDD"' },
    ]);
    expect(groups.map((group) => [group.record, group.fields.map((field) => field.field)])).toEqual([
      ['kdd', ['name', 'abbreviation']],
      ['kdd|ANSWERS_TO|regjeringen', ['validFrom']],
    ]);
  });
});

describe('parseRecord', () => {
  it('reads a relationship id as from, type, to and period', () => {
    expect(parseRecord('startlan|ADMINISTERED_BY|husbanken')).toEqual({ kind: 'relation', from: 'startlan', type: 'ADMINISTERED_BY', to: 'husbanken', period: 1 });
    expect(parseRecord('startlan|DECIDED_BY|kommunen#2')).toEqual({ kind: 'relation', from: 'startlan', type: 'DECIDED_BY', to: 'kommunen', period: 2 });
  });

  it('reads anything else as an entity or part id', () => {
    expect(parseRecord('startlan')).toEqual({ kind: 'entity', id: 'startlan' });
    expect(parseRecord('c1')).toEqual({ kind: 'entity', id: 'c1' });
  });
});

describe('fieldLabel', () => {
  it('names stored fields in words, per language, and keeps unknown ones', async () => {
    const { fieldLabel } = await import('./DiffView.tsx');
    const { nb: shared } = await import('../i18n/nb.ts');
    const { EDIT_TEXTS } = await import('./texts.ts');
    const nb = { ...shared, edit: EDIT_TEXTS.nb };
    expect(fieldLabel(nb, 'name_nn')).toBe('Navn (Nynorsk)');
    expect(fieldLabel(nb, 'validTo')).toBe('Gjelder til og med');
    expect(fieldLabel(nb, 'sourceIds')).toBe('Kilder');
    expect(fieldLabel(nb, 'weird_field')).toBe('weird_field');
  });
});
