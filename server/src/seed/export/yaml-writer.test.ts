import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EMPTY_LIST, entryText, fileStart, SCHEMA_HEADER } from './yaml-writer.ts';

describe('seed files written entry by entry', () => {
  const entries = [
    { id: 'husbanken', name: { nb: 'Husbanken: «statens» bank', en: 'x'.repeat(200) }, validFrom: '2026-01-01', sources: ['src-a', 'src-b'] },
    { id: 'kdd', names: [{ name: { nb: 'KRD' }, validTo: '2013-12-31' }], note: { nb: 'Linje én\nlinje to' } },
  ];

  it('parses back to the entries, under the collection key, with the schema line first', () => {
    const file = fileStart('actors', 'Exported.') + entries.map(entryText).join('');
    expect(file.startsWith(SCHEMA_HEADER)).toBe(true);
    expect(parse(file)).toEqual({ actors: entries });
  });

  it('never folds a long line, so a changed word changes one line of a diff', () => {
    const text = entryText(entries[0] ?? {});
    expect(text.split('\n').some((line) => line.includes('x'.repeat(200)))).toBe(true);
  });

  it('writes an empty collection as an empty list', () => {
    expect(parse(fileStart('notices', 'Exported.') + EMPTY_LIST)).toEqual({ notices: [] });
  });

  it('keeps dates as text, as the seed schema reads them', () => {
    const parsed = parse(fileStart('actors', 'x') + entryText({ id: 'a', validFrom: '2026-01-01' })) as { actors: { validFrom: unknown }[] };
    expect(parsed.actors[0]?.validFrom).toBe('2026-01-01');
  });
});
