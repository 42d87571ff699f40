import { describe, expect, it } from 'vitest';
import { InFlight } from './in-flight.ts';

describe('the in-flight limit', () => {
  it('runs up to the limit, queues up to the queue limit, and refuses the rest at once', async () => {
    const inFlight = new InFlight(2, 1, 10_000);
    const first = await inFlight.enter();
    const second = await inFlight.enter();
    const queued = inFlight.enter();
    expect(await inFlight.enter()).toBeUndefined();
    expect(inFlight.size).toBe(3);

    first?.();
    const third = await queued;
    expect(third).toBeTypeOf('function');
    expect(inFlight.size).toBe(2);
    second?.();
    third?.();
    third?.();
    expect(inFlight.size).toBe(0);
  });

  it('refuses a queued request when no slot frees up in time', async () => {
    const inFlight = new InFlight(1, 5, 20);
    const held = await inFlight.enter();
    expect(await inFlight.enter()).toBeUndefined();
    expect(inFlight.size).toBe(1);
    held?.();
  });

  it('tells a stop when the last request has left', async () => {
    const inFlight = new InFlight(1, 0, 1_000);
    const leave = await inFlight.enter();
    const idle = inFlight.whenIdle(5_000);
    leave?.();
    expect(await idle).toBe(true);
    expect(await inFlight.whenIdle(0)).toBe(true);
  });
});
