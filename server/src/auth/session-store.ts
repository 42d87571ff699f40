import type { Viewer } from './viewer.ts';
import { digest, randomToken } from './tokens.ts';

export interface Session {
  viewer: Viewer;
  /** Sent back as `x-csrf-token` on every GraphQL request and on sign-out. */
  csrfToken: string;
  /** Kept only as the hint for the identity provider's end_session endpoint; never logged or sent to the browser. */
  idToken: string | undefined;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionLimits {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however much it is used. */
  maxMs: number;
  /** Beyond this many, the oldest session is dropped (memory is bounded whatever clients do). */
  maxSessions?: number;
}

/**
 * Sessions in this process's memory (one process; a restart signs everyone out, decision 0009).
 * Keyed by the SHA-256 of the id, so a heap dump holds no usable cookie.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #limits: Required<SessionLimits>;
  readonly #now: () => number;
  #lastSweep: number;

  constructor(limits: SessionLimits, now: () => number = Date.now) {
    this.#limits = { maxSessions: 100_000, ...limits };
    this.#now = now;
    this.#lastSweep = now();
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** A new session with a fresh id (never one the browser had before: no session fixation). */
  create(viewer: Viewer, idToken: string | undefined): { id: string; session: Session } {
    this.#sweepNowAndThen();
    if (this.#sessions.size >= this.#limits.maxSessions) {
      const oldest = this.#sessions.keys().next();
      if (!oldest.done) this.#sessions.delete(oldest.value);
    }
    const id = randomToken();
    const now = this.#now();
    const session: Session = { viewer, csrfToken: randomToken(), idToken, createdAt: now, lastSeenAt: now };
    this.#sessions.set(digest(id), session);
    return { id, session };
  }

  /** The live session of `id`, its idle clock restarted; undefined when unknown or expired. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const key = digest(id);
    const session = this.#sessions.get(key);
    if (!session) return undefined;
    const now = this.#now();
    if (this.#expired(session, now)) {
      this.#sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = now;
    return session;
  }

  destroy(id: string | undefined): void {
    if (id) this.#sessions.delete(digest(id));
  }

  /** Seconds a new session's cookie should live: its absolute lifetime. */
  get cookieMaxAgeSeconds(): number {
    return this.#limits.maxMs / 1000;
  }

  #expired(session: Session, now: number): boolean {
    return now - session.lastSeenAt >= this.#limits.idleMs || now - session.createdAt >= this.#limits.maxMs;
  }

  /** Expired sessions are dropped at most once a minute, on a sign-in, so no timer keeps the process alive. */
  #sweepNowAndThen(): void {
    const now = this.#now();
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [key, session] of this.#sessions) if (this.#expired(session, now)) this.#sessions.delete(key);
  }
}
