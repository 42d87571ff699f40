/**
 * Writes an export into a folder all or nothing: into a temporary folder beside it first, renamed
 * into place once every file is complete, so an interrupted export never leaves a half-written
 * seeds folder. A target that exists and is not empty is refused unless `force` is given.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { sinkOf } from '../../exports/sink.ts';
import type { SeedFilesTarget } from './write-files.ts';

export class ExportTargetError extends Error {
  override readonly name = 'ExportTargetError';
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

export interface FolderExport {
  target: SeedFilesTarget;
  /** Moves the finished export into place (with a copy of the seed schema for editors). */
  commit(): Promise<void>;
  /** Removes the temporary folder after a failure. */
  abandon(): Promise<void>;
}

export async function folderTarget(dir: string, options: { force: boolean; schemaFile: string }): Promise<FolderExport> {
  if (!options.force && !(await isEmptyOrMissing(dir))) {
    throw new ExportTargetError(`${dir} is not empty. Choose an empty folder, or pass --force to replace it.`);
  }
  await mkdir(path.dirname(path.resolve(dir)), { recursive: true });
  const temp = await mkdtemp(`${path.resolve(dir)}.export-`);
  let stream: WriteStream | undefined;
  let write = async (_chunk: string): Promise<void> => {
    throw new Error('write before open');
  };
  return {
    target: {
      open: async (file) => {
        stream = createWriteStream(path.join(temp, file), { encoding: 'utf8' });
        write = sinkOf(stream);
      },
      write: (chunk) => write(chunk),
      close: async () => {
        if (!stream) return;
        stream.end();
        await finished(stream);
        stream = undefined;
      },
    },
    commit: async () => {
      await copyFile(options.schemaFile, path.join(temp, 'schema.json'));
      await rm(dir, { recursive: true, force: true });
      await rename(temp, dir);
    },
    abandon: () => rm(temp, { recursive: true, force: true }),
  };
}
