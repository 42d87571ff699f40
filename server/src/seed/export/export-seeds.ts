/**
 * `exportSeeds`: the graph as published at a revision, written as seed files (write-files.ts) from
 * records streamed out of Neo4j one at a time, so memory stays flat however large the graph.
 * Seeds hold every validity period, so there is no `asOf`: the export is the whole history of
 * valid time as known at that revision.
 */
import type { Database } from '../../neo4j/database.ts';
import { COLLECTION_LABELS, LINK_FIELDS, RELATION_TYPES, type Collection } from '../../vocabulary/index.ts';
import { SEED_RECORDS, SEED_RELATIONS } from './statements.ts';
import { writeSeedFiles, type RecordSource, type SeedFilesReport, type SeedFilesTarget } from './write-files.ts';

export type { SeedFilesReport, SeedFilesTarget } from './write-files.ts';

/** A whole-graph export may run longer than an API read. */
const EXPORT_TIMEOUT_MS = 600_000;

function graphRecords(db: Pick<Database, 'stream'>, revision: number): RecordSource {
  return {
    records: (collection: Collection, each) => {
      const label = COLLECTION_LABELS[collection];
      const linkTypes = Object.values(LINK_FIELDS[label] ?? {}).map((field) => field.type);
      return db.stream(SEED_RECORDS, { label, linkTypes, revision }, (row) => each(row), { timeoutMs: EXPORT_TIMEOUT_MS });
    },
    relations: (each) =>
      db.stream(SEED_RELATIONS, { types: RELATION_TYPES, revision }, (row) => each({ type: row.type, from: row.fromId, to: row.toId, props: row.props }), { timeoutMs: EXPORT_TIMEOUT_MS }),
  };
}

export function exportSeeds(options: { db: Pick<Database, 'stream'>; revision: number; target: SeedFilesTarget }): Promise<SeedFilesReport> {
  return writeSeedFiles(graphRecords(options.db, options.revision), options.target);
}
