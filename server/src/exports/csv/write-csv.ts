/**
 * Streams one CSV file: the header, then a line per row as Neo4j hands it over, so memory stays
 * flat however large the graph (bench/exports.ts measures it). RFC 4180: comma-separated, fields
 * quoted where needed, CRLF line ends, UTF-8.
 */
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../neo4j/database.ts';
import type { ReadScope } from '../../modules/entity/entity-model.ts';
import { labelRange } from '../../seed/order-keys.ts';
import { entityUri } from '../../vocabulary/index.ts';
import { ENTITY_ROWS, RELATIONSHIP_ROWS } from '../statements.ts';
import type { Sink } from '../sink.ts';
import { cell } from './cells.ts';
import type { EntityCsvFile, RelationshipCsvFile } from './columns.ts';

const line = (cells: readonly string[]): string => stringify([cells], { record_delimiter: 'windows' });

export interface CsvTarget {
  db: Database;
  scope: Pick<ReadScope, 'asOf' | 'revision'>;
  /** Origin of the persistent URIs in the `uri` column. */
  base: string;
  write: Sink;
}

/** Writes one CSV file and returns its number of rows (the header not counted). */
export async function writeCsv(file: EntityCsvFile | RelationshipCsvFile, target: CsvTarget): Promise<number> {
  await target.write(line(file.header));
  return file.kind === 'entity' ? writeEntities(file, target) : writeRelationships(file, target);
}

function writeEntities(file: EntityCsvFile, { db, scope, base, write }: CsvTarget): Promise<number> {
  const range = labelRange(file.label);
  const columns = file.header.slice(2);
  return db.stream(ENTITY_ROWS, { labelLow: range.low, labelHigh: range.high, asOf: scope.asOf, revision: scope.revision }, ({ props }) => {
    const id = String(props.id);
    return write(line([id, entityUri(base, file.label, id), ...columns.map((column) => cell(props[column]))]));
  });
}

async function writeRelationships(file: RelationshipCsvFile, { db, scope, write }: CsvTarget): Promise<number> {
  const columns = file.header.slice(2);
  let rows = 0;
  for (const label of file.from) {
    const range = labelRange(label);
    rows += await db.stream(RELATIONSHIP_ROWS, { labelLow: range.low, labelHigh: range.high, type: file.type, asOf: scope.asOf, revision: scope.revision }, ({ fromId, toId, props }) =>
      write(line([fromId, toId, ...columns.map((column) => cell(props[column]))])),
    );
  }
  return rows;
}
