/**
 * What the matrix table shows, in the order it shows it, and the same as CSV rows: one model for
 * both, so the download is exactly the table.
 */
import type { CsvField } from '../shared/csv.ts';

export type MatrixSort = 'name' | 'count';

export interface MatrixEntity {
  id: string;
  name: string;
}
export interface MatrixCell {
  column: string;
  unverified: boolean;
}
export interface MatrixRow {
  instrument: MatrixEntity;
  kinds: readonly string[];
  count: number;
  cells: readonly MatrixCell[];
}
export interface MatrixColumn {
  entity: MatrixEntity;
  count: number;
}
export interface MatrixData<R extends MatrixRow = MatrixRow> {
  rows: readonly R[];
  columns: readonly MatrixColumn[];
  cellCount: number;
}

export interface MatrixView<R extends MatrixRow = MatrixRow> {
  rows: R[];
  columns: MatrixColumn[];
  /** Per row, its cell in each column of `columns` (null: none), in column order. */
  grid: (MatrixCell | null)[][];
  cellCount: number;
}

const byName = (a: MatrixEntity, b: MatrixEntity) => a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id);

/** Rows and columns by name, or by count (most first, then by name). */
export function matrixView<R extends MatrixRow>(data: MatrixData<R>, sort: MatrixSort): MatrixView<R> {
  const rows = [...data.rows].sort((a, b) => (sort === 'count' ? b.count - a.count : 0) || byName(a.instrument, b.instrument));
  const columns = [...data.columns].sort((a, b) => (sort === 'count' ? b.count - a.count : 0) || byName(a.entity, b.entity));
  const grid = rows.map((row) => {
    const cells = new Map(row.cells.map((cell) => [cell.column, cell]));
    return columns.map((column) => cells.get(column.entity.id) ?? null);
  });
  return { rows, columns, grid, cellCount: data.cellCount };
}

export interface CsvHeadings {
  instrument: string;
  kinds: string;
  count: string;
  countRow: string;
  kindName: (kind: string) => string;
  unverified: string;
}

/**
 * The table as CSV: a header row, one row per instrument (its kinds, `1` for a cell, `1 (not
 * verified)` for an unverified one, empty for none, its count) and the counts row, as in the table footer.
 */
export function matrixCsvRows(view: MatrixView, headings: CsvHeadings): CsvField[][] {
  const header = [headings.instrument, headings.kinds, ...view.columns.map((column) => column.entity.name), headings.count];
  const body = view.rows.map((row, index) => [
    row.instrument.name,
    row.kinds.map(headings.kindName).join(', '),
    ...(view.grid[index] ?? []).map((cell) => (cell ? (cell.unverified ? `1 (${headings.unverified})` : 1) : '')),
    row.count,
  ]);
  const footer = [headings.countRow, '', ...view.columns.map((column) => column.count), view.cellCount];
  return [header, ...body, footer];
}
