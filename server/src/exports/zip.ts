/**
 * A ZIP written as it is produced: entries one after another, each fed by a producer that writes
 * through a sink, so only one entry's in-flight chunk is ever in memory (yazl reads an entry's
 * stream only once the previous entry is complete).
 */
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { sinkOf, type Sink } from './sink.ts';

export interface ZipEntry {
  name: string;
  produce(write: Sink): Promise<unknown>;
}

/**
 * Streams the entries to `out` and resolves when the archive is complete. `mtime` is the date the
 * entries carry: the export's date, so the same data gives the same bytes.
 */
export async function writeZip(entries: Iterable<ZipEntry>, out: Writable, mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  // yazl's output is a PassThrough; its typings say only ReadableStream.
  const output = zip.outputStream as Readable;
  const piped = pipeline(output, out);
  try {
    for (const entry of entries) {
      const stream = new PassThrough();
      zip.addReadStream(stream, entry.name, { mtime, mode: 0o100644 });
      await entry.produce(sinkOf(stream));
      stream.end();
    }
    zip.end();
  } catch (error) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    await piped.catch(() => undefined);
    throw error;
  }
  await piped;
}
