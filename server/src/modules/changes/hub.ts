/**
 * Live updates of the change feed, one hub per server (per Database): it remembers the newest
 * revision it has sent and, while anyone listens, looks for newer publications every few seconds
 * (one indexed read per interval for the whole server, never per client) and at once when this
 * process announces a publication (publication-events.ts). What is new is read once and handed to
 * every subscriber whose filter it passes. Publications from another process (npm run seed, another
 * replica) arrive through the interval alone. Only published change sets are read, so a draft or a
 * change set waiting for review can never be sent.
 */
import type { Logger } from 'pino';
import type { Database } from '../../neo4j/database.ts';
import { onPublication } from '../../revisions/publication-events.ts';
import type { EntityLabel } from '../../vocabulary/index.ts';
import { readPublishedAfter } from './changes.service.ts';
import { subjectOf } from './entries.ts';
import { NEWEST_PUBLICATION, type ChangeRow } from './statements.ts';

export const WATCH_INTERVAL_MS = 2_000;
/** Entries one check sends at most (a large seed import records thousands of changes). */
const MAX_ROWS_PER_CHECK = 2_000;
/** Entries waiting for one slow subscriber; beyond this it loses the oldest rather than the server memory. */
const MAX_QUEUED = 1_000;

export interface LiveFilter {
  /** Empty: every type. */
  labels: readonly EntityLabel[];
  /** Empty: every entity. */
  ids: readonly string[];
}

function passes(filter: LiveFilter, row: ChangeRow): boolean {
  if (filter.labels.length === 0 && filter.ids.length === 0) return true;
  const subject = subjectOf(row);
  if (!subject) return false;
  return (filter.labels.length === 0 || (subject.label !== null && filter.labels.includes(subject.label))) && (filter.ids.length === 0 || filter.ids.includes(subject.id));
}

/** An async iterator fed from outside: what graphql-js's `subscribe` consumes, ended by the client or the hub. */
class Subscriber implements AsyncIterableIterator<ChangeRow> {
  readonly #queue: ChangeRow[] = [];
  #wake: (() => void) | null = null;
  #done = false;

  constructor(
    readonly filter: LiveFilter,
    private readonly onEnd: (subscriber: Subscriber) => void,
  ) {}

  push(row: ChangeRow): void {
    if (this.#done || !passes(this.filter, row)) return;
    this.#queue.push(row);
    if (this.#queue.length > MAX_QUEUED) this.#queue.shift();
    this.#wake?.();
  }

  end(): void {
    if (this.#done) return;
    this.#done = true;
    this.#wake?.();
    this.onEnd(this);
  }

  async next(): Promise<IteratorResult<ChangeRow>> {
    while (this.#queue.length === 0 && !this.#done) await new Promise<void>((resolve) => (this.#wake = resolve));
    this.#wake = null;
    const row = this.#queue.shift();
    return row ? { value: row, done: false } : { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<ChangeRow>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeRow> {
    return this;
  }
}

export class ChangeHub {
  readonly #subscribers = new Set<Subscriber>();
  /** The newest revision subscribers have been sent (or that was newest when the first subscribed); null while nobody listens. */
  #lastSeen: number | null = null;
  #timer: NodeJS.Timeout | undefined;
  #stopListening: (() => void) | undefined;
  #checking: Promise<void> | null = null;
  #again = false;
  #closed = false;

  constructor(
    private readonly db: Pick<Database, 'read'>,
    private readonly logger: Logger,
    private readonly intervalMs: number = WATCH_INTERVAL_MS,
  ) {}

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /**
   * A subscription to what is published from now on. Resolves once the hub knows the newest
   * revision, so a publication after it is sure to arrive.
   */
  async subscribe(filter: LiveFilter): Promise<AsyncIterableIterator<ChangeRow>> {
    if (this.#closed) throw new Error('The live change feed has stopped.');
    const subscriber = new Subscriber(filter, (ended) => this.#leave(ended));
    this.#subscribers.add(subscriber);
    this.#start();
    try {
      await this.check();
      if (this.#lastSeen === null) throw new Error('The newest publication could not be read.');
    } catch (error) {
      subscriber.end();
      throw error;
    }
    return subscriber;
  }

  /** Looks for new publications now; one look at a time, and one more if asked meanwhile. */
  check(): Promise<void> {
    if (this.#checking) {
      this.#again = true;
      return this.#checking;
    }
    this.#checking = (async () => {
      do {
        this.#again = false;
        await this.#checkOnce();
      } while (this.#again && this.#subscribers.size > 0);
    })().finally(() => {
      this.#checking = null;
    });
    return this.#checking;
  }

  /** Ends every subscription and stops watching: the server is closing. */
  close(): void {
    this.#closed = true;
    for (const subscriber of [...this.#subscribers]) subscriber.end();
    this.#stop();
  }

  async #checkOnce(): Promise<void> {
    if (this.#subscribers.size === 0) return;
    const [newest] = await this.db.read(NEWEST_PUBLICATION, {});
    const revision = newest?.revision ?? 0;
    // Everyone left while the read was under way: the next subscriber starts from its own moment.
    if (this.#subscribers.size === 0) return;
    if (this.#lastSeen === null || revision <= this.#lastSeen) {
      this.#lastSeen = Math.max(this.#lastSeen ?? 0, revision);
      return;
    }
    const { rows, complete } = await readPublishedAfter(this.db, this.#lastSeen, MAX_ROWS_PER_CHECK);
    if (this.#subscribers.size === 0) return;
    if (!complete) this.logger.warn({ afterRevision: this.#lastSeen, sent: rows.length }, 'live change feed: more new changes than one update sends; the rest are in the feed');
    this.#lastSeen = Math.max(revision, ...rows.map((row) => row.publication.revision));
    for (const row of rows) for (const subscriber of this.#subscribers) subscriber.push(row);
  }

  #start(): void {
    if (this.#timer) return;
    this.#stopListening = onPublication(() => void this.check().catch((error: unknown) => this.#failed(error)));
    this.#timer = setInterval(() => void this.check().catch((error: unknown) => this.#failed(error)), this.intervalMs);
    // The watcher alone never keeps the process alive.
    this.#timer.unref();
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#lastSeen = null;
  }

  #leave(subscriber: Subscriber): void {
    this.#subscribers.delete(subscriber);
    if (this.#subscribers.size === 0) this.#stop();
  }

  #failed(error: unknown): void {
    // Neo4j down or restarting: the next interval tries again from the same revision.
    this.logger.warn({ err: error }, 'live change feed: looking for new publications failed');
  }
}

/** One hub per Database: the SSE route creates it, the subscription resolver finds it by the request's Database. */
const hubs = new WeakMap<object, ChangeHub>();

export function createChangeHub(db: Database, logger: Logger, intervalMs?: number): ChangeHub {
  const hub = new ChangeHub(db, logger, intervalMs);
  hubs.set(db, hub);
  return hub;
}

export function changeHubOf(db: Database): ChangeHub | undefined {
  return hubs.get(db);
}
