/** The matrix as a real table: sticky header row and first column, a linked mark per cell, counts in the last column and the footer. */
import { useId } from 'react';
import { AppLink } from '../../components/AppLink.tsx';
import { entityPath } from '../../browse/routes.ts';
import type { EntityType } from '../../gql/graphql.ts';
import type { MatrixView, MatrixRow } from './coverage-view.ts';
import type { CoverageTexts } from './texts.ts';

export interface TableRow extends MatrixRow {
  instrument: { id: string; name: string; type: EntityType };
  note: string;
  kindNames: string;
}

export function CoverageTable({ view, caption, columnType, c }: { view: MatrixView<TableRow>; caption: string; columnType: EntityType; c: CoverageTexts }) {
  const captionId = useId();
  return (
    <div className="coverage-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="ds-table coverage-table" data-border="true">
        <caption id={captionId}>
          {caption} <span className="visually-hidden">{c.tableRegion}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="coverage-table__corner">{c.instrument}</th>
            {view.columns.map((column) => (
              <th scope="col" key={column.entity.id} className="coverage-table__column" data-column={column.entity.id}>
                <AppLink to={entityPath(columnType, column.entity.id).to}>{column.entity.name}</AppLink>
              </th>
            ))}
            <th scope="col">{c.count}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row, index) => {
            const path = entityPath(row.instrument.type, row.instrument.id).to;
            return (
              <tr key={row.instrument.id} data-row={row.instrument.id}>
                <th scope="row">
                  <AppLink to={path}>{row.instrument.name}</AppLink>
                  <span className="coverage-table__meta">{row.kindNames}{row.note && <><br />{row.note}</>}</span>
                </th>
                {(view.grid[index] ?? []).map((cell, column) => (
                  <td key={view.columns[column]?.entity.id} className="coverage-table__cell">
                    {cell && (
                      <AppLink to={path} className={cell.unverified ? 'coverage-mark coverage-mark--unverified' : 'coverage-mark'}>
                        <span aria-hidden="true">{cell.unverified ? '○' : '●'}</span>
                        <span className="visually-hidden">
                          {c.cell(row.instrument.name, view.columns[column]?.entity.name ?? '')}
                          {cell.unverified ? ` (${c.unverified})` : ''}
                        </span>
                      </AppLink>
                    )}
                  </td>
                ))}
                <td className="coverage-table__count" data-count>{row.count}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{c.countRow}</th>
            {view.columns.map((column) => (
              <td key={column.entity.id} className="coverage-table__count" data-column-count={column.entity.id}>{column.count}</td>
            ))}
            <td className="coverage-table__count">{view.cellCount}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
