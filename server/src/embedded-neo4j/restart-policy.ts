/** Delays before restarting a Neo4j that died: 1, 2, 4, 8, 16, then every 30 s. */
const DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/** `attempt` counts the crashes in a row, from 0 (a JVM that ran for a minute resets it). */
export function restartDelayMs(attempt: number): number {
  return DELAYS_MS[Math.min(Math.max(attempt, 0), DELAYS_MS.length - 1)] ?? 30_000;
}
