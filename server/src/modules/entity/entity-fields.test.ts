import { describe, expect, it } from 'vitest';
import { entityFields } from './entity-fields.ts';
import type { EntityModel } from './entity-model.ts';

function model(lang: 'NB' | 'NN' | 'EN', props: Record<string, unknown>): EntityModel {
  return { scope: { asOf: '2026-01-01', knownAt: null, revision: 1, lang }, record: { labels: ['Entity', 'Instrument'], props: { id: 'x', ...props }, names: [], links: [] }, sourceIndex: new Map() };
}

describe('text in the language asked for', () => {
  const props = { name_nb: 'Bostøtte', name_nn: 'Bustøtte', name_en: 'Housing allowance', description_nb: 'Bare på bokmål.', description_nn: null, description_en: 'In English.' };

  it('falls back to bokmål where the language is missing, and names the field that fell back', () => {
    const nynorsk = model('NN', props);
    expect(entityFields.description(nynorsk)).toBe('Bare på bokmål.');
    expect(entityFields.missingTranslations(nynorsk)).toEqual(['description']);
  });

  it('reports nothing missing where the language is there, and never for bokmål', () => {
    expect(entityFields.description(model('EN', props))).toBe('In English.');
    expect(entityFields.missingTranslations(model('EN', props))).toEqual([]);
    expect(entityFields.missingTranslations(model('NB', { ...props, name_nn: null }))).toEqual([]);
  });

  it('lists the name first when the name itself fell back', () => {
    expect(entityFields.missingTranslations(model('NN', { ...props, name_nn: null }))).toEqual(['name', 'description']);
  });
});
