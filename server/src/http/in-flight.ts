/**
 * Bounds the GraphQL requests being worked on. `limit` run at once; up to `queueLimit` more wait
 * (first come, first served) for at most `maxWaitMs`; anything beyond is refused at once with
 * 503 and Retry-After. The short queue absorbs the few parallel queries one explorer page sends;
 * refusing the rest keeps an overload from becoming everyone's timeout: on two cores, 200 queued
 * situation queries meant 18 s for the median caller (docs/reliability.md). Also lets a stop wait
 * for the work in hand.
 */
export class InFlight {
  private running = 0;
  private readonly waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly queueLimit: number,
    readonly maxWaitMs: number,
  ) {}

  /** Requests running plus those waiting for a slot. */
  get size(): number {
    return this.running + this.waiting.length;
  }

  /**
   * Resolves with a function that gives the slot back (once), or with undefined when the request is
   * refused: the queue is full, or no slot freed up within `maxWaitMs`.
   */
  enter(): Promise<(() => void) | undefined> {
    if (this.running < this.limit) return Promise.resolve(this.take());
    if (this.waiting.length >= this.queueLimit) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const entry = {
        admit: () => resolve(this.take()),
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          resolve(undefined);
          this.notifyIfIdle();
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  /** Resolves when nothing runs or waits, or after `timeoutMs`, whichever comes first; true if idle. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private take(): () => void {
    this.running += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.running -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit();
      }
      this.notifyIfIdle();
    };
  }

  private notifyIfIdle(): void {
    if (this.size === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
