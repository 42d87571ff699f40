/**
 * The seed files of an export, collection by collection, from streams of records: each file is
 * opened, its entries written as they arrive and then closed, one file after another, so one
 * interface serves a folder on disk and a ZIP download alike.
 */
import { COLLECTION_LABELS, type Collection } from '../../vocabulary/index.ts';
import { entryOf, relationEntryOf } from './invert.ts';
import type { ExportRecord, ExportRelation } from './records.ts';
import { EMPTY_LIST, entryText, fileStart } from './yaml-writer.ts';

/** Where the files go: `open` before a file's first chunk, `write` its chunks in order, `close` after. */
export interface SeedFilesTarget {
  open(file: string): Promise<void>;
  write(chunk: string): Promise<void>;
  /** The file is complete; `entries` is how many entries it holds (for progress). */
  close(file: string, entries: number): Promise<void>;
}

/** The records of a collection, in id order, handed to `each` one at a time. */
export interface RecordSource {
  records(collection: Collection, each: (record: ExportRecord) => Promise<void>): Promise<unknown>;
  relations(each: (relation: ExportRelation) => Promise<void>): Promise<unknown>;
}

/** The collections of nodes; `relations` (a list of relationships) is written after them. */
export const NODE_COLLECTIONS = Object.keys(COLLECTION_LABELS) as Collection[];

const fileName = (collection: string): string => `${collection.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.yaml`;

const COMMENT = 'Exported from the graph by `npm run seed -- --export`; `npm run seed` imports it back to the same checksum.';

export interface SeedFilesReport {
  files: string[];
  entries: Record<string, number>;
}

async function writeList<T>(target: SeedFilesTarget, collection: string, stream: (each: (item: T) => Promise<void>) => Promise<unknown>, toEntry: (item: T) => Record<string, unknown>): Promise<number> {
  const file = fileName(collection);
  await target.open(file);
  await target.write(fileStart(collection, COMMENT));
  let count = 0;
  await stream(async (item) => {
    count += 1;
    await target.write(entryText(toEntry(item)));
  });
  if (count === 0) await target.write(EMPTY_LIST);
  await target.close(file, count);
  return count;
}

/** Writes one YAML file per collection (sources, actors, …, relations) and returns what it wrote. */
export async function writeSeedFiles(source: RecordSource, target: SeedFilesTarget): Promise<SeedFilesReport> {
  const entries: Record<string, number> = {};
  const files: string[] = [];
  for (const collection of NODE_COLLECTIONS) {
    entries[collection] = await writeList(target, collection, (each) => source.records(collection, each), (record: ExportRecord) => entryOf(collection, record));
    files.push(fileName(collection));
  }
  entries.relations = await writeList(target, 'relations', (each) => source.relations(each), relationEntryOf);
  files.push(fileName('relations'));
  return { files, entries };
}
