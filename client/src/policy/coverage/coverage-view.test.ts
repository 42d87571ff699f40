import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../shared/csv.ts';
import { matrixCsvRows, matrixView, type MatrixData } from './coverage-view.ts';

const data: MatrixData = {
  rows: [
    { instrument: { id: 'startlan', name: 'Startlån' }, kinds: ['LOAN'], count: 1, cells: [{ column: 'unge', unverified: false }] },
    { instrument: { id: 'bostotte', name: 'Bostøtte' }, kinds: ['ALLOWANCE'], count: 2, cells: [{ column: 'eldre', unverified: true }, { column: 'unge', unverified: false }] },
    { instrument: { id: 'ettervern', name: 'Ettervern' }, kinds: ['SERVICE', 'LEGAL_RIGHT'], count: 0, cells: [] },
  ],
  columns: [
    { entity: { id: 'unge', name: 'Unge' }, count: 2 },
    { entity: { id: 'eldre', name: 'Eldre' }, count: 1 },
    { entity: { id: 'bostedslose', name: 'Bostedsløse' }, count: 0 },
  ],
  cellCount: 3,
};

const headings = { instrument: 'Virkemiddel', kinds: 'Type', count: 'Antall', countRow: 'Antall virkemidler', kindName: (kind: string) => kind.toLowerCase(), unverified: 'ikke verifisert' };

describe('matrixView', () => {
  it('orders by Norwegian name, ø after o', () => {
    const view = matrixView(data, 'name');
    expect(view.rows.map((row) => row.instrument.id)).toEqual(['bostotte', 'ettervern', 'startlan']);
    expect(view.columns.map((column) => column.entity.id)).toEqual(['bostedslose', 'eldre', 'unge']);
    expect(view.grid[0]?.map((cell) => cell?.column ?? null)).toEqual([null, 'eldre', 'unge']);
  });

  it('orders by count, most first, ties by name', () => {
    const view = matrixView(data, 'count');
    expect(view.rows.map((row) => row.instrument.id)).toEqual(['bostotte', 'startlan', 'ettervern']);
    expect(view.columns.map((column) => column.entity.id)).toEqual(['unge', 'eldre', 'bostedslose']);
  });
});

describe('matrixCsvRows', () => {
  it('is the table: header, a row per instrument with its count, and the counts row', () => {
    const rows = parseCsv(toCsv(matrixCsvRows(matrixView(data, 'name'), headings)));
    expect(rows).toEqual([
      ['Virkemiddel', 'Type', 'Bostedsløse', 'Eldre', 'Unge', 'Antall'],
      ['Bostøtte', 'allowance', '', '1 (ikke verifisert)', '1', '2'],
      ['Ettervern', 'service, legal_right', '', '', '', '0'],
      ['Startlån', 'loan', '', '', '1', '1'],
      ['Antall virkemidler', '', '0', '1', '2', '3'],
    ]);
  });
});
