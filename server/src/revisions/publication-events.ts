/**
 * In-process news of a publication, announced after its transaction has committed (an editor's
 * publish, a seed import), so live updates in this process go out at once instead of at the
 * watcher's next look. Only a nudge: listeners read what was published from the database, so an
 * announcement from another database (two servers in one test process) costs one read and sends
 * nothing wrong. Publications from other processes reach listeners through the watcher alone.
 */

export interface PublicationEvent {
  revision: number;
}

type Listener = (event: PublicationEvent) => void;

const listeners = new Set<Listener>();

/** Listens until the returned function is called. */
export function onPublication(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Call only after the publication's transaction has committed: a rolled-back one must never be announced. */
export function announcePublication(event: PublicationEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // A listener's failure is its own; the publication has happened either way.
    }
  }
}
