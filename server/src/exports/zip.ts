/**
 * A ZIP written as it is produced: entries one after another, each written through a sink, so
 * only one entry's in-flight chunk is ever in memory (yazl reads an entry's stream only once the
 * previous entry is complete, and the sink waits while the socket is full).
 */
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { sinkOf, type Sink } from './sink.ts';

export interface ZipEntryWriter {
  write: Sink;
  end(): void;
}

export interface ZipStream {
  /** Starts the next entry; end the previous one first. */
  entry(name: string): ZipEntryWriter;
  /** Writes the central directory and resolves once `out` has taken everything. */
  finish(): Promise<void>;
  /** Abandons the archive: `out` is destroyed, so the reader sees a broken transfer, never a short archive. */
  fail(error: unknown): Promise<void>;
}

/** `mtime` is the date every entry carries: the export's date, so the same data gives the same bytes. */
export function zipTo(out: Writable, mtime: Date): ZipStream {
  const zip = new yazl.ZipFile();
  // yazl's output is a PassThrough; its typings say only ReadableStream.
  const output = zip.outputStream as Readable;
  const piped = pipeline(output, out);
  return {
    entry: (name) => {
      const stream = new PassThrough();
      zip.addReadStream(stream, name, { mtime, mode: 0o100644 });
      return { write: sinkOf(stream), end: () => stream.end() };
    },
    finish: async () => {
      zip.end();
      await piped;
    },
    fail: async (error) => {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
      await piped.catch(() => undefined);
    },
  };
}

export interface ZipEntry {
  name: string;
  produce(write: Sink): Promise<unknown>;
}

/** Streams the entries to `out` and resolves when the archive is complete. */
export async function writeZip(entries: Iterable<ZipEntry>, out: Writable, mtime: Date): Promise<void> {
  const zip = zipTo(out, mtime);
  try {
    for (const entry of entries) {
      const writer = zip.entry(entry.name);
      await entry.produce(writer.write);
      writer.end();
    }
  } catch (error) {
    await zip.fail(error);
    throw error;
  }
  await zip.finish();
}
