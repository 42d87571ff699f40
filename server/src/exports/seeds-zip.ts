/** `/export/seeds.zip`: the seeds export (seed/export/) as one ZIP, streamed file by file, with the seed schema. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ROOT_DIR } from '../config.ts';
import type { Database } from '../neo4j/database.ts';
import { exportSeeds, type SeedFilesTarget } from '../seed/export/export-seeds.ts';
import { zipTo, type ZipEntryWriter } from './zip.ts';

const SCHEMA_FILE = path.join(ROOT_DIR, 'seeds', 'schema.json');

export async function writeSeedsZip(db: Pick<Database, 'stream'>, revision: number, out: Writable, mtime: Date): Promise<void> {
  const zip = zipTo(out, mtime);
  let current: ZipEntryWriter | undefined;
  const target: SeedFilesTarget = {
    open: async (file) => {
      current = zip.entry(file);
    },
    write: (chunk) => (current ? current.write(chunk) : Promise.reject(new Error('write before open'))),
    close: async () => {
      current?.end();
      current = undefined;
    },
  };
  try {
    await exportSeeds({ db, revision, target });
    const schema = zip.entry('schema.json');
    await schema.write(await readFile(SCHEMA_FILE, 'utf8'));
    schema.end();
  } catch (error) {
    await zip.fail(error);
    throw error;
  }
  await zip.finish();
}
