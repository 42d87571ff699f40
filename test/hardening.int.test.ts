import { describe, expect, inject, it } from 'vitest';
import { postGraphQL } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

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
