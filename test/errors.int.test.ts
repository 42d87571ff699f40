import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import type { Context } from '../server/src/context.ts';
import type { Statement } from '../server/src/neo4j/statement.ts';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let server: OwnServer;
const SECRET_DETAIL = 'MATCH (n:Secret) RETURN n at /srv/virkemiddelkart/server/src/secret.ts:12';
/** health/ping as if its file had drifted from the descriptor: the row's `ok` is a number, not text. */
const DRIFTED: Statement = { name: 'health/ping', params: z.object({}), row: z.object({ ok: z.string() }) };

beforeAll(async () => {
  server = await startOwnServer(inject('mainNeo4j'), {
    typeDefs: 'extend type Query { failing: String, drifted: String }',
    resolvers: {
      Query: {
        failing: () => {
          throw new Error(SECRET_DETAIL);
        },
        drifted: async (_parent: unknown, _args: unknown, context: Context) => {
          await context.db.read(DRIFTED, {});
          return 'unreachable';
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

describe('a row that does not match its statement descriptor', () => {
  it('reaches the client as the masked internal error', async () => {
    const { status, body } = await postGraphQL(server.baseUrl, '{ drifted }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toBe('Something went wrong on our side. The error has been logged; try again later.');
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/cypher|health\/ping|descriptor/);
  });

  it('is logged as a server fault, naming the statement and the field, under the request id', async () => {
    const { body } = await postGraphQL(server.baseUrl, '{ drifted }');
    const requestId = String(body.errors?.[0]?.extensions?.requestId);
    const logged = server.logLines.map((line) => JSON.parse(line) as { level: number; requestId?: string; msg: string; err?: { type: string; message: string } }).find((line) => line.requestId === requestId && line.err);
    expect(logged).toMatchObject({ level: 50, msg: 'unexpected error while resolving', err: { type: 'RowShapeError' } });
    expect(logged?.err?.message).toMatch(/cypher\/health\/ping\.cypher returned a row that does not match its descriptor.*ok/s);
  });
});
