import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let server: OwnServer;
const SECRET_DETAIL = 'MATCH (n:Secret) RETURN n at /srv/virkemiddelkart/server/src/secret.ts:12';

beforeAll(async () => {
  server = await startOwnServer(inject('mainNeo4j'), {
    typeDefs: 'extend type Query { failing: String }',
    resolvers: {
      Query: {
        failing: () => {
          throw new Error(SECRET_DETAIL);
        },
      } as never,
    },
  });
});
afterAll(async () => server.close());

describe('internal errors', () => {
  it('are masked: no Cypher, stack trace or path reaches the client, only a code and a request id', async () => {
    const { status, body } = await postGraphQL(server.baseUrl, '{ failing }');
    expect(status).toBe(200);
    const text = JSON.stringify(body);
    expect(text).not.toContain('MATCH');
    expect(text).not.toContain('/srv/');
    expect(text).not.toContain('stacktrace');
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors?.[0]?.extensions?.requestId).toMatch(/^[\w-]+$/);
  });

  it('keep their detail in the log, under the request id', async () => {
    const { body } = await postGraphQL(server.baseUrl, '{ failing }');
    const requestId = body.errors?.[0]?.extensions?.requestId;
    const logged = server.logLines.find((line) => line.includes(SECRET_DETAIL) && line.includes(String(requestId)));
    expect(logged).toBeDefined();
    expect(JSON.parse(logged ?? '{}')).toMatchObject({ requestId });
  });

  it('never log variable values', async () => {
    await postGraphQL(server.baseUrl, 'query ($id: ID!) { node(id: $id) { id } }', { id: 'marker-6f1c2e' });
    expect(server.logLines.join('\n')).not.toContain('marker-6f1c2e');
  });
});
