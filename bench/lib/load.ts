/**
 * Load with autocannon: a fixed number of connections, closed loop (each connection sends its next
 * request when the answer arrives), for a fixed time or a fixed count. Latencies are taken from
 * every response at sub-millisecond resolution (autocannon's own histogram keeps whole
 * milliseconds, too coarse for a 2 ms p50). A GraphQL answer with `errors` counts as failed, and
 * any failure fails the run: a figure measured on errors is no figure.
 */
import autocannon from 'autocannon';
import { percentile } from './stats.ts';

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface LoadOptions {
  /** Base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  /** Sent in turn by each connection (several bodies: the situation's four households). */
  requests: readonly LoadRequest[];
  connections: number;
  /** Run for this long… */
  seconds?: number;
  /** …or until this many answers. */
  amount?: number;
  /** Seconds one answer may take before it counts as a failure. */
  timeoutSeconds?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
}

/** A JSON string value cannot contain `"errors":[` unescaped, so this only matches the key. */
const hasGraphQLErrors = (body: string | Buffer | undefined): boolean => (typeof body === 'string' ? body : (body?.toString('utf8') ?? '')).includes('"errors":[');

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      ...(options.amount === undefined ? { duration: options.seconds ?? 10 } : { amount: options.amount }),
      timeout: options.timeoutSeconds ?? 30,
      // The CSRF guard of both servers wants a JSON content type on POST.
      headers: { 'content-type': 'application/json' },
      requests: options.requests.map((request) => ({ method: request.method, path: request.path, ...(request.body === undefined ? {} : { body: request.body }) })),
      verifyBody: (body) => !hasGraphQLErrors(body),
    },
    () => {},
  );
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
  });
  const result = await new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
  if (result.errors > 0 || result.non2xx > 0 || result.mismatches > 0) {
    throw new Error(
      `load on ${options.url}${options.requests[0]?.path ?? ''}: ${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx (${JSON.stringify(result.statusCodeStats ?? {})}), ${result.mismatches} GraphQL errors`,
    );
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: result.duration,
    reqPerSec: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
