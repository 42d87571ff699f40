/**
 * `npm run bench:search`: latency of `searchResults` over real HTTP (the project's app on its own
 * port) against its own Neo4j 5.26 with the real seed graph (issue 16: ≤ 300 ms p95). A realistic
 * mix, in turn: names, search terms and phrases, typos, nynorsk, English, facet filters and a
 * zero-hit text, each asking for the hits, their explanations and the facets, as /sok does. Warm:
 * a warm-up first, then MEASURED requests at concurrency 1 and again at 4. Reported figures,
 * never a test. Writes bench/results/search-<date>.json.
 */
import os from 'node:os';
import pino from 'pino';
import { createApp } from '../server/src/http/create-app.ts';
import { resolvers } from '../server/src/modules/resolvers.ts';
import { loadTypeDefs } from '../server/src/modules/schema-files.ts';
import { realSeedGraph, startBenchNeo4j } from './lib/neo4j.ts';
import { neo4jVersion, writeResults } from './lib/run.ts';
import { percentile, round } from './lib/stats.ts';

const WARM_UP = 100;
const MEASURED = 600;
const CONCURRENCY = [1, 4];

interface SearchCase {
  kind: 'name' | 'term' | 'phrase' | 'typo' | 'nynorsk' | 'english' | 'facet' | 'no hits';
  variables: Record<string, unknown>;
}

const MIX: readonly SearchCase[] = [
  { kind: 'name', variables: { text: 'bostøtte' } },
  { kind: 'name', variables: { text: 'Startlån' } },
  { kind: 'name', variables: { text: 'Husbanken' } },
  { kind: 'name', variables: { text: 'KMD' } },
  { kind: 'term', variables: { text: 'husleie' } },
  { kind: 'term', variables: { text: 'depositum' } },
  { kind: 'term', variables: { text: 'gjeld' } },
  { kind: 'phrase', variables: { text: 'hjelp til husleie' } },
  { kind: 'phrase', variables: { text: 'søke om lån til å kjøpe bolig' } },
  { kind: 'phrase', variables: { text: 'ingen steder å bo' } },
  { kind: 'typo', variables: { text: 'bostote' } },
  { kind: 'typo', variables: { text: 'husliee' } },
  { kind: 'typo', variables: { text: 'deposutum' } },
  { kind: 'nynorsk', variables: { text: 'hjelp til husleige', lang: 'NN' } },
  { kind: 'nynorsk', variables: { text: 'bustøtte', lang: 'NN' } },
  { kind: 'nynorsk', variables: { text: 'mellombels butilbod', lang: 'NN' } },
  { kind: 'english', variables: { text: 'help with rent', lang: 'EN' } },
  { kind: 'english', variables: { text: 'start-up loan', lang: 'EN' } },
  { kind: 'english', variables: { text: 'homeless', lang: 'EN' } },
  { kind: 'facet', variables: { text: 'bolig', types: ['INSTRUMENT'] } },
  { kind: 'facet', variables: { text: 'bolig', ministries: ['kdd'] } },
  { kind: 'facet', variables: { text: 'tilskudd', types: ['INSTRUMENT'], targetGroups: ['vanskeligstilte'] } },
  { kind: 'facet', variables: { text: 'bolig', asOf: '2018-06-01' } },
  { kind: 'no hits', variables: { text: 'qwxzyv' } },
];

const QUERY = `query ($text: String!, $lang: Lang, $asOf: Date, $types: [EntityType!], $ministries: [ID!], $targetGroups: [ID!]) {
  searchResults(text: $text, lang: $lang, asOf: $asOf, types: $types, ministries: $ministries, targetGroups: $targetGroups, first: 20) {
    totalCount partial searchedWords
    hits { score matchedIn matchedTerm matchedLang missingWords entity { id type name } }
    facets { types { value count } ministries { count entity { id name } } targetGroups { count entity { id name } } }
  }
}`;

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function send(url: string, searchCase: SearchCase): Promise<{ ms: number; hits: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: searchCase.variables }) });
  const body = (await response.json()) as { data?: { searchResults: { totalCount: number } }; errors?: unknown };
  if (!body.data) throw new Error(`searchResults failed for ${JSON.stringify(searchCase.variables)}: ${JSON.stringify(body.errors)}`);
  return { ms: performance.now() - started, hits: body.data.searchResults.totalCount };
}

const figures = (times: readonly number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: sorted.length, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) };
};

async function run(url: string, concurrency: number): Promise<{ all: number[]; byKind: Map<string, number[]> }> {
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < MEASURED) {
        const searchCase = MIX[next++ % MIX.length] as SearchCase;
        const { ms } = await send(url, searchCase);
        all.push(ms);
        byKind.set(searchCase.kind, [...(byKind.get(searchCase.kind) ?? []), ms]);
      }
    }),
  );
  return { all, byKind };
}

const neo4j = await startBenchNeo4j(say);
const app = await createApp({ db: neo4j.db, logger: pino({ level: 'warn' }, pino.destination(2)), typeDefs: loadTypeDefs(), resolvers, introspection: false });
try {
  const graph = await realSeedGraph();
  const { seconds } = await neo4j.load(graph);
  say(`Seed graph imported in ${seconds} s (${graph.nodes.length} nodes, ${graph.relationships.length} relationships).`);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const hits: Record<string, number> = {};
  for (let i = 0; i < WARM_UP; i += 1) {
    const searchCase = MIX[i % MIX.length] as SearchCase;
    hits[String(searchCase.variables.text)] = (await send(url, searchCase)).hits;
  }
  const arms = [];
  for (const concurrency of CONCURRENCY) {
    const { all, byKind } = await run(url, concurrency);
    const arm = { concurrency, ...figures(all), byKind: Object.fromEntries([...byKind].map(([kind, times]) => [kind, figures(times)])) };
    say(`concurrency ${concurrency}: ${arm.requests} requests, p50 ${arm.p50} ms, p95 ${arm.p95} ms, p99 ${arm.p99} ms, max ${arm.max} ms`);
    arms.push(arm);
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    neo4j: await neo4jVersion(neo4j),
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map(round),
    graph: { nodes: graph.nodes.length, relationships: graph.relationships.length },
    warmUp: WARM_UP,
    mix: MIX.map((searchCase) => ({ kind: searchCase.kind, ...searchCase.variables, totalCount: hits[String(searchCase.variables.text)] })),
    targetP95Ms: 300,
    arms,
  };
  say(`Wrote ${await writeResults('search', report)}`);
} finally {
  app.server.closeAllConnections();
  await new Promise<void>((resolve) => app.server.close(() => resolve()));
  await app.apollo.stop();
  await neo4j.stop();
}
