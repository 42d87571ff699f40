/** Back-pressure: past its limit and a short queue the API refuses at once (issue 10 §3). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { postGraphQL } from './support/graphql.ts';
import { startOwnServer, type OwnServer } from './support/own-server.ts';

let server: OwnServer;
const held: (() => void)[] = [];

beforeAll(async () => {
  // A field that stays in flight until the test lets it go, so the limit is reached deterministically.
  server = await startOwnServer(
    inject('mainNeo4j'),
    {
      typeDefs: 'extend type Query { held: String }',
      resolvers: { Query: { held: () => new Promise<string>((resolve) => held.push(() => resolve('released'))) } as never },
    },
    { maxInFlight: 2 },
  );
});
afterAll(async () => {
  for (const release of held) release();
  await server.close();
});

async function waitUntilInFlight(count: number): Promise<void> {
  for (let attempt = 0; attempt < 200 && server.app.inFlight.size < count; attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('when every request slot is taken', () => {
  it('queues a few, answers the next request at once with 503, SERVICE_UNAVAILABLE and Retry-After, and serves the queued ones', async () => {
    // Two run and eight (four per slot) wait; the eleventh finds no place.
    const inHand = Array.from({ length: 10 }, () => postGraphQL(server.baseUrl, '{ held }'));
    await waitUntilInFlight(10);
    expect(held).toHaveLength(2);

    const refused = await postGraphQL(server.baseUrl, '{ dataVersion { checksum } }');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: refused.headers.get('x-request-id') });

    // Each release lets one waiting request in, whose resolver then waits to be released in turn.
    for (let released = 0; released < 10; released++) {
      while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      held.shift()?.();
    }
    const answers = await Promise.all(inHand);
    expect(answers.map((answer) => answer.body.data)).toEqual(Array.from({ length: 10 }, () => ({ held: 'released' })));
    const served = await postGraphQL(server.baseUrl, '{ dataVersion { checksum } }');
    expect(served.status).toBe(200);
  });
});
