/**
 * One measurement of one server for one operation, the unit both benches repeat: a warm-up, then
 * a load run during which the server's CPU time, its statements and the bytes its proxy carried
 * from Neo4j are counted, each divided by the answers the load run got.
 */
import type { ServerChild } from './children.ts';
import { postGraphQL, type GraphQLRequest } from './graphql.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load.ts';
import { profileDbHits } from './profile.ts';
import type { CapturedStatement } from './protocol.ts';
import type { Proxies } from './proxy-process.ts';
import type { Driver } from 'neo4j-driver';

export interface Target {
  child: ServerChild;
  /** The name of its proxy in `Proxies`. */
  proxy: string;
}

export interface LoadSample extends LoadResult {
  cpuMsPerRequest: number;
  bytesPerRequest: number;
  statementsPerRequest: number;
}

export interface LoadPlan {
  connections: number;
  warmUpSeconds: number;
  /** A fixed time… */
  seconds?: number;
  /** …or a fixed count of answers (slow operations at 1 connection). */
  amount?: number;
  timeoutSeconds?: number;
}

export function graphQLLoad(requests: readonly GraphQLRequest[]): LoadRequest[] {
  return requests.map((request) => ({ method: 'POST', path: '/graphql', body: JSON.stringify(request) }));
}

export async function measure(target: Target, proxies: Proxies, requests: readonly LoadRequest[], plan: LoadPlan): Promise<LoadSample> {
  const base = { url: target.child.url, requests, connections: plan.connections, ...(plan.timeoutSeconds === undefined ? {} : { timeoutSeconds: plan.timeoutSeconds }) };
  if (plan.warmUpSeconds > 0) await runLoad({ ...base, seconds: plan.warmUpSeconds });
  await target.child.reset();
  const before = (await proxies.counts())[target.proxy]?.fromNeo4j ?? 0;
  const load = await runLoad({ ...base, ...(plan.amount === undefined ? { seconds: plan.seconds ?? 10 } : { amount: plan.amount }) });
  const after = (await proxies.counts())[target.proxy]?.fromNeo4j ?? 0;
  const stats = await target.child.stats();
  const answered = Math.max(load.requests, 1);
  return {
    ...load,
    cpuMsPerRequest: (stats.cpu.user + stats.cpu.system) / 1000 / answered,
    bytesPerRequest: (after - before) / answered,
    statementsPerRequest: stats.statements / answered,
  };
}

export interface Capture {
  data: unknown;
  statements: CapturedStatement[];
  /** Statements sent for the one request (captures are capped; this is not). */
  count: number;
  /** Bytes Neo4j sent for the one request, through the server's proxy. */
  bytes: number;
  ms: number;
}

/** The statements one request makes the server send, captured in isolation. */
export async function capture(target: Target, proxies: Proxies, request: GraphQLRequest): Promise<Capture> {
  await target.child.reset();
  const before = (await proxies.counts())[target.proxy]?.fromNeo4j ?? 0;
  const started = performance.now();
  const data = await postGraphQL(target.child.url, request);
  const ms = performance.now() - started;
  const after = (await proxies.counts())[target.proxy]?.fromNeo4j ?? 0;
  const stats = await target.child.stats();
  return { data, statements: stats.captured, count: stats.statements, bytes: after - before, ms };
}

/** dbHits of an operation: the sum over the statements it sent. */
export async function dbHitsOf(driver: Driver, statements: readonly CapturedStatement[]): Promise<number> {
  let total = 0;
  for (const statement of statements) total += await profileDbHits(driver, statement);
  return total;
}
