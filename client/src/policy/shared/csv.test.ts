import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF, quoting only fields that need it', () => {
    const text = toCsv([['Virkemiddel', 'Antall'], ['Startlån; kommunalt', 3], ['Sa "ja"', 'to\nlinjer']]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1)).toBe('Virkemiddel;Antall\r\n"Startlån; kommunalt";3\r\n"Sa ""ja""";"to\nlinjer"\r\n');
  });

  it('reads back what it wrote, empty fields included', () => {
    const rows = [['a', '', 'c'], ['"q"', 'x;y', ''], ['æøå', '1', '2']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
