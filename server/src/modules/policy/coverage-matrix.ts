/** The coverage matrix: the statement's rows and columns as the GraphQL answer, with its counts. */
import { badUserInput } from '../../errors.ts';
import type { CoverageCell, CoverageDimension, InstrumentKind } from '../../generated/graphql.ts';
import type { Database } from '../../neo4j/database.ts';
import type { StatementRow } from '../../neo4j/statement.ts';
import { RESPONSIBILITY_CHAIN_TYPES, RESPONSIBILITY_ROLES } from '../../vocabulary/index.ts';
import type { ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { confidenceOf } from '../entity/read-fields.ts';
import { actorsInRoles, byName, kindsOf, type ActorInRoleModel } from './shared.ts';
import { COVERAGE_MATRIX } from './statements.ts';

/** More than this many filter values is not a question the page asks; refuse rather than build a huge parameter. */
const MAX_FILTER_VALUES = 20;

const DIMENSIONS = {
  TARGET_GROUP: { columnLabel: 'TargetGroup', columnType: 'TARGETS' },
  GOAL: { columnLabel: 'Goal', columnType: 'SERVES_GOAL' },
} as const satisfies Record<CoverageDimension, { columnLabel: string; columnType: string }>;

export interface MatrixFilters {
  dimension: CoverageDimension;
  actors: readonly string[];
  kinds: readonly InstrumentKind[];
}

export interface CoverageRowModel {
  instrument: SummaryModel;
  kinds: InstrumentKind[];
  actors: ActorInRoleModel[];
  cells: CoverageCell[];
  count: number;
}

export interface CoverageMatrixModel {
  dimension: CoverageDimension;
  asOf: string;
  rows: CoverageRowModel[];
  columns: { entity: SummaryModel; count: number }[];
  cellCount: number;
  emptyColumnCount: number;
}

type Row = StatementRow<typeof COVERAGE_MATRIX>;
type CellRecord = Row['rows'][number]['cells'][number];

function toCell(cell: CellRecord): CoverageCell {
  const confidence = confidenceOf(cell.confidence);
  return { column: cell.column, validFrom: cell.validFrom, validTo: cell.validTo, confidence, sourced: cell.sourceIds.length > 0, unverified: confidence === 'UNVERIFIED' };
}

export function checkFilters(filters: MatrixFilters): void {
  if (filters.actors.length > MAX_FILTER_VALUES) throw badUserInput(`\`actors\` takes at most ${MAX_FILTER_VALUES} ids.`, 'actors');
  if (filters.kinds.length > MAX_FILTER_VALUES) throw badUserInput(`\`kinds\` takes at most ${MAX_FILTER_VALUES} kinds.`, 'kinds');
}

/** Rows and columns by name; a row's cells in column order, one per column (two periods in force at once read as one cell). */
export function buildMatrix(row: Row, dimension: CoverageDimension, scope: ReadScope): CoverageMatrixModel {
  const columnNodes = [...row.columns].sort(byName(scope));
  const order = new Map(columnNodes.map((node, index) => [String(node.props.id), index]));
  const rows = [...row.rows]
    .sort((a, b) => byName(scope)(a.node, b.node))
    .map((record): CoverageRowModel => {
      const cells = [...new Map(record.cells.map((cell) => [cell.column, toCell(cell)])).values()].sort((a, b) => (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0));
      return { instrument: { scope, node: record.node }, kinds: kindsOf(record.node), actors: actorsInRoles(record.actors, scope), cells, count: cells.length };
    });
  const perColumn = new Map<string, number>();
  for (const matrixRow of rows) for (const cell of matrixRow.cells) perColumn.set(cell.column, (perColumn.get(cell.column) ?? 0) + 1);
  const columns = columnNodes.map((node) => ({ entity: { scope, node }, count: perColumn.get(String(node.props.id)) ?? 0 }));
  return {
    dimension,
    asOf: scope.asOf,
    rows,
    columns,
    cellCount: rows.reduce((sum, matrixRow) => sum + matrixRow.count, 0),
    emptyColumnCount: columns.filter((column) => column.count === 0).length,
  };
}

export async function readCoverageMatrix(db: Pick<Database, 'read'>, scope: ReadScope, filters: MatrixFilters): Promise<CoverageMatrixModel> {
  checkFilters(filters);
  const [row] = await db.read(COVERAGE_MATRIX, {
    asOf: scope.asOf,
    revision: scope.revision,
    ...DIMENSIONS[filters.dimension],
    roles: RESPONSIBILITY_ROLES,
    chainTypes: RESPONSIBILITY_CHAIN_TYPES,
    // The enum back to the stored, lowercase kind.
    kinds: filters.kinds.map((kind) => kind.toLowerCase() as Lowercase<InstrumentKind>),
    actors: filters.actors,
  });
  return buildMatrix(row ?? { rows: [], columns: [] }, filters.dimension, scope);
}
