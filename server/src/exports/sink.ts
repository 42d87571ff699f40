/**
 * Where an export writes: a function that resolves once the chunk is taken, so a slow reader holds
 * the export back (and with it the Neo4j stream) instead of the chunks piling up in memory.
 */
import type { Writable } from 'node:stream';

export type Sink = (chunk: string) => Promise<void>;

/** Thrown into an export when its reader went away: nothing more is read from Neo4j. */
export class ReaderGoneError extends Error {
  override readonly name = 'ReaderGoneError';
  constructor() {
    super('The client closed the connection before the export was complete.');
  }
}

/** A sink over a writable stream that waits for `drain` when the stream's buffer is full. */
export function sinkOf(stream: Writable): Sink {
  return async (chunk) => {
    if (stream.destroyed || stream.writableEnded) throw new ReaderGoneError();
    if (stream.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error): void => {
        stream.off('drain', onDrain);
        stream.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => settle();
      const onClose = (): void => settle(new ReaderGoneError());
      stream.on('drain', onDrain);
      stream.on('close', onClose);
    });
  };
}
