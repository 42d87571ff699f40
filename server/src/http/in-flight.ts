/**
 * Counts the GraphQL requests being worked on and bounds them. Past the limit a request is refused
 * at once (503, Retry-After) instead of queueing behind the others: on two cores, 200 queued
 * situation queries meant 18 s for the median caller. Also lets a stop wait for the work in hand.
 */
export class InFlight {
  private count = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(readonly limit: number) {}

  get size(): number {
    return this.count;
  }

  /** Takes a slot, or returns undefined when all are taken. The returned function gives it back (once). */
  tryEnter(): (() => void) | undefined {
    if (this.count >= this.limit) return undefined;
    this.count += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    };
  }

  /** Resolves when nothing is in flight, or after `timeoutMs`, whichever comes first; true if idle. */
  whenIdle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
