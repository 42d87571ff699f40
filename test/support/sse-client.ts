/**
 * A bare Server-Sent Events reader for tests of /graphql/stream: POSTs a subscription as the
 * graphql-sse client does (distinct connections mode) and hands out the events one at a time. The
 * response arrives once the server has registered the subscription, so whatever is published
 * after `openLiveStream` resolves must arrive.
 */

export interface SseEvent {
  event: string;
  data: string;
}

export interface LiveStream {
  status: number;
  headers: Headers;
  /** The next event (comments skipped), `{ event: 'end' }` when the server ended the stream, or null after `waitMs` (a hang guard, not a timing check). */
  next(waitMs?: number): Promise<SseEvent | null>;
  /** The next `next` event's payload (GraphQL result), skipping none; null after `waitMs`. */
  nextResult<T>(waitMs?: number): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null>;
  close(): void;
}

const WAITED = Symbol('waited');

export async function openLiveStream(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<LiveStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  // One read in flight at a time, kept across calls: a read abandoned at a timeout would lose its chunk.
  let pending: Promise<ReadableStreamReadResult<string>> | null = null;

  async function next(waitMs = 20_000): Promise<SseEvent | null> {
    const until = Date.now() + waitMs;
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n').filter((line) => !line.startsWith(':'));
        if (lines.length === 0) continue;
        const field = (name: string) => lines.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).trimStart()).join('\n');
        return { event: field('event') || 'message', data: field('data') };
      }
      if (!reader) return { event: 'end', data: '' };
      pending ??= reader.read();
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<typeof WAITED>((resolve) => (timer = setTimeout(() => resolve(WAITED), Math.max(0, until - Date.now()))));
      const chunk = await Promise.race([pending.catch(() => ({ done: true, value: undefined }) as const), waited]).finally(() => clearTimeout(timer));
      if (chunk === WAITED) return null;
      pending = null;
      if (chunk.done) return { event: 'end', data: '' };
      buffer += chunk.value.replace(/\r\n/g, '\n');
    }
  }

  return {
    status: response.status,
    headers: response.headers,
    next,
    async nextResult<T>(waitMs?: number) {
      const event = await next(waitMs);
      if (event === null) return null;
      if (event.event !== 'next') throw new Error(`expected a "next" event, got "${event.event}" ${event.data}`);
      return JSON.parse(event.data) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    },
    close: () => controller.abort(),
  };
}
