/**
 * Live updates for an open "Siste endringer" page: the `changePublished` subscription over
 * Server-Sent Events (/graphql/stream, graphql-sse's client in distinct connections mode). No
 * polling: the server pushes each publication. The client library is fetched only when a page
 * subscribes, so it is in no other page's download.
 */
import { stringifyDocument, type TypedDocumentNode } from 'urql';

export interface LiveHandlers<T> {
  next(data: T): void;
  /** The stream came back after a break: what was published meanwhile must be read again. */
  reconnected(): void;
}

/** After the server ends a stream (a restart), open a new one after this long. */
const RESUBSCRIBE_MS = 5_000;

/** Subscribes until the returned function is called; reconnects with back-off on its own. */
export function subscribeLive<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V, handlers: LiveHandlers<T>): () => void {
  let stopped = false;
  let dispose: (() => void) | null = null;
  let timer: number | undefined;
  let connectedBefore = false;

  const start = async (): Promise<void> => {
    const { createClient } = await import('graphql-sse');
    if (stopped) return;
    const client = createClient({
      url: '/graphql/stream',
      retryAttempts: 20,
      on: {
        connected: (reconnected) => {
          if (reconnected || connectedBefore) handlers.reconnected();
          connectedBefore = true;
        },
      },
    });
    const unsubscribe = client.subscribe<T>(
      { query: stringifyDocument(document), variables },
      {
        next: (result) => {
          if (result.data) handlers.next(result.data);
        },
        error: () => {
          client.dispose();
          if (!stopped) timer = window.setTimeout(() => void start(), RESUBSCRIBE_MS);
        },
        complete: () => {
          client.dispose();
          if (!stopped) timer = window.setTimeout(() => void start(), RESUBSCRIBE_MS);
        },
      },
    );
    dispose = () => {
      unsubscribe();
      client.dispose();
    };
  };

  void start().catch(() => undefined);
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    dispose?.();
  };
}
