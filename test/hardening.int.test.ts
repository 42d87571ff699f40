import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

const baseUrl = inject('baseUrl');

type ErrorBody = { errors: { message: string; extensions: { code: string; requestId?: string } }[] };

async function errorOf(response: Response): Promise<{ status: number; code?: string; requestId?: string; headerId: string | null; text: string }> {
  const text = await response.text();
  const error = (JSON.parse(text) as ErrorBody).errors[0];
  return { status: response.status, code: error?.extensions.code, requestId: error?.extensions.requestId, headerId: response.headers.get('x-request-id'), text };
}

describe('request limits and malformed requests', () => {
  it('answers a query of more than 1,000 tokens with 400 and a code, never 500', async () => {
    const fields = Array.from({ length: 1200 }, () => 'id').join(' ');
    const { status, body } = await postGraphQL(baseUrl, `{ instrument(slug: "startlan") { ${fields} name } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a query whose cost is over the limit with 400', async () => {
    const lists = Array.from({ length: 14 }, (_, i) => `l${i}: instruments(first: 100) { nodes { criteria { name sources { url title } } links { entity { name } sources { url } } } }`).join(' ');
    const { status, body } = await postGraphQL(baseUrl, `{ ${lists} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers too many aliases with 400', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: dataVersion { checksum }`).join(' ');
    const { status, body } = await postGraphQL(baseUrl, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await postGraphQL(baseUrl, '{ instrument(slug: "startlan" { id }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 without suggesting field names', async () => {
    const { status, body } = await postGraphQL(baseUrl, '{ instrumnt(slug: "startlan") { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ dataVersion { checksum } }' }, { query: '{ dataVersion { checksum } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a body over 100 KB with 413 and a code', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ dataVersion { checksum } } # ${'x'.repeat(110_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });

  it('prevents CSRF: a simple cross-site GET without a preflight header is refused', async () => {
    const response = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ dataVersion { checksum } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ dataVersion { checksum } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('counts __typename aliases like any other alias', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `t${i}: __typename`).join(' ');
    const { status, body } = await postGraphQL(baseUrl, `{ ${aliases} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses situation by GET, so a household\'s answers never stand in a URL', async () => {
    const query = '{ situation(input: { adults: 1, children: 0, housing: HOMELESS, goals: [] }) { assessments { status } } }';
    const response = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 405, code: 'METHOD_NOT_ALLOWED' });
    expect(response.headers.get('allow')).toBe('POST');
    const hidden = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent(`{ ...F } fragment F on Query ${query}`)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(hidden.status).toBe(405);
  });

  it('answers an automatic persisted query with 400: they are turned off', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } } }),
    });
    expect(await errorOf(response)).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_NOT_SUPPORTED' });
  });

  it.each(['/%', '/%E0%A4%A', '/graphql%'])('answers the malformed percent-escape %s with 400 and a code, never 500', async (path) => {
    const response = await rawRequest(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(response).toContain('"code":"BAD_REQUEST"');
    expect(response).not.toMatch(/URIError|at decodeURIComponent|\.ts:\d+/);
  });

  it.each([
    ['a batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[{"query":"{ dataVersion { checksum } }"}]' }, 400],
    ['a CSRF-prone GET', { method: 'GET' }, 400],
    ['a wrong method', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ dataVersion { checksum } }"}' }, 405],
  ] as const)('gives %s refused by Apollo itself a request id and a code', async (_name, init, status) => {
    const url = init.method === 'GET' ? `${baseUrl}/graphql?query=${encodeURIComponent('{ dataVersion { checksum } }')}` : `${baseUrl}/graphql`;
    const error = await errorOf(await fetch(url, init));
    expect(error.status).toBe(status);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.requestId).toBe(error.headerId);
  });

  it('sends a Content-Security-Policy that forbids framing and foreign scripts', async () => {
    const policy = (await fetch(`${baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('cuts off a client that sends its headers one byte a second', async () => {
    const socket = net.connect(Number(new URL(baseUrl).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    const drip = setInterval(() => socket.writable && socket.write('X'), 1000);
    const outcome = await new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.once('close', () => resolve(`closed ${received.split('\r\n')[0] ?? ''}`));
      setTimeout(() => resolve('still open after 40 s'), 40_000);
    });
    clearInterval(drip);
    socket.destroy();
    expect(outcome).toMatch(/^closed (HTTP\/1\.1 408|$)/);
  }, 60_000);

  it('gives every error a request id, the same as the response header', async () => {
    const { body, headers } = await postGraphQL(baseUrl, '{ instruments(first: 0) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.requestId).toBe(headers.get('x-request-id'));
  });
});

describe('operations endpoints', () => {
  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${baseUrl}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('exposes Prometheus metrics for requests by root field and Cypher time by statement', async () => {
    await postGraphQL(baseUrl, '{ instrument(slug: "startlan") { id } }');
    const text = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(text).toMatch(/graphql_requests_total\{operation="instrument",outcome="ok"\} \d+/);
    expect(text).toMatch(/cypher_statement_duration_seconds_count\{statement="entity\/find-entities",mode="READ",outcome="ok"\} \d+/);
  });
});

/** A request written byte for byte, so malformed paths reach the server as they are. */
function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(baseUrl).port), '127.0.0.1', () => socket.end(text));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
  });
}

describe('client mistakes are not server faults', () => {
  let server: OwnServer;
  beforeAll(async () => {
    server = await startOwnServer(inject('mainNeo4j'));
  });
  afterAll(async () => server.close());

  it.each(['mutation { x }', 'subscription { x }'])('answers %s with 400 and a stable code, and logs one short info line', async (query) => {
    const before = server.logLines.length;
    const { status, body, headers } = await postGraphQL(server.baseUrl, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const lines = server.logLines.slice(before).filter((line) => line.includes(headers.get('x-request-id') ?? '?'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 30, msg: 'request', status: 400 });
    expect(lines[0]?.length).toBeLessThan(300);
  });
});
