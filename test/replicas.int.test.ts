/**
 * The API is stateless: two processes against one external Neo4j, reached through a `neo4j://`
 * routing URI (Community routes to itself), give the same answers, and either can go away
 * without the other noticing (issue 10 §6). This is how replicas behind a load balancer run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProductProcess, type ProductProcess } from './support/product-process.ts';

const QUERIES = [
  '{ instrument(slug: "startlan") { id name agencies: links(types: [ADMINISTERED_BY]) { entity { id } } } }',
  '{ search(text: "bustøtte", first: 3) { entity { id type } } }',
  '{ situation(input: { adults: 2, children: 1, annualHouseholdIncome: 300000, housing: RENTING_PRIVATE, goals: [BUY_HOME] }, asOf: "2026-11-24") { assessments { status instrument { id } } } }',
];

let replicas: ProductProcess[] = [];

beforeAll(async () => {
  const neo4j = inject('mainNeo4j');
  const env = { NEO4J_URI: neo4j.uri.replace(/^bolt:/, 'neo4j:'), NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password };
  replicas = await Promise.all([startProductProcess(env), startProductProcess(env)]);
});
afterAll(async () => {
  for (const replica of replicas) if (replica.child.exitCode === null) replica.child.kill('SIGTERM');
  await Promise.all(replicas.map((replica) => replica.exited));
});

async function ask(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return response.json();
}

describe('two API processes behind one routing URI', () => {
  it('start without starting a Neo4j of their own, and say which Neo4j they use', () => {
    for (const replica of replicas) expect(replica.output()).toMatch(/using Neo4j at neo4j:\/\/127\.0\.0\.1:\d+/);
  });

  it.each(QUERIES)('give the same answer to %s', async (query) => {
    const [first, second] = await Promise.all(replicas.map((replica) => ask(replica.url, query)));
    expect(first).toMatchObject({ data: expect.anything() });
    expect(second).toEqual(first);
  });

  it('keep answering on one when the other stops', async () => {
    const [stopped, remaining] = replicas as [ProductProcess, ProductProcess];
    stopped.child.kill('SIGTERM');
    expect(await stopped.exited).toBe(0);
    expect(await ask(remaining.url, QUERIES[0] ?? '')).toMatchObject({ data: { instrument: { id: 'startlan' } } });
  });
});
