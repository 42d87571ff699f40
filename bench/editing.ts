/**
 * `npm run bench:editing`: write throughput and publish latency (issue 14), on the project's own
 * Neo4j with the real seed graph. Each publication is a change set of one `updateFacts` on an
 * instrument (copy on write of the instrument and its relationships, the audit record, the
 * publication), drafted, submitted and published through the services the resolvers call. Reported
 * figures, never a test: the machine's load changes them. Writes bench/results/editing-<date>.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT_DIR } from '../server/src/config.ts';
import type { Viewer } from '../server/src/auth/viewer.ts';
import { addChange, createChangeSet, publishChangeSet, submitChangeSet } from '../server/src/modules/editing/change-sets.service.ts';
import { compileUpdateFacts } from '../server/src/modules/editing/operations.ts';
import { percentile, round } from './lib/stats.ts';
import { realSeedGraph, startBenchNeo4j } from './lib/neo4j.ts';

const EDITOR: Viewer = { email: 'redaktor@example.org', name: 'Bench Editor', roles: ['editor'] };
const REVIEWER: Viewer = { email: 'kontrollor@example.org', name: 'Bench Reviewer', roles: ['reviewer'] };
const SEQUENTIAL = 100;
const CONCURRENT = 8;

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const neo4j = await startBenchNeo4j(say);
try {
  const graph = await realSeedGraph();
  await neo4j.load(graph);
  const instruments = graph.nodes.filter((node) => node.label === 'Instrument').map((node) => node.id);
  const versions = new Map(instruments.map((id) => [id, 1]));

  /** Drafts and submits one change on `id`; the publish is what is timed. */
  async function prepare(id: string, n: number): Promise<string> {
    const set = await createChangeSet(neo4j.db, EDITOR, { title: `Bench ${n}`, reason: 'Benchmark of publishing' });
    const cited = graph.nodes.find((node) => node.id === id)?.props.sourceIds;
    const basis = { entityId: id, baseVersion: versions.get(id) ?? 1, reason: 'Benchmark edit', sourceIds: Array.isArray(cited) ? cited.slice(0, 1).map(String) : [] };
    await addChange(neo4j.db, EDITOR, {
      changeSetId: set.changeSet.id,
      entityId: id,
      otherIds: basis.sourceIds,
      input: {},
      compile: (state) => {
        if (!state) throw new Error(`${id} is not in the graph`);
        return compileUpdateFacts(state, basis, { note: { nb: `Merknad ${n}` } });
      },
    });
    await submitChangeSet(neo4j.db, EDITOR, set.changeSet.id);
    versions.set(id, (versions.get(id) ?? 1) + 1);
    return set.changeSet.id;
  }

  const sequential: number[] = [];
  for (let n = 0; n < SEQUENTIAL; n += 1) {
    const id = await prepare(instruments[n % instruments.length] ?? 'startlan', n);
    const started = performance.now();
    await publishChangeSet(neo4j.db, REVIEWER, id, null);
    sequential.push(performance.now() - started);
  }
  sequential.sort((a, b) => a - b);

  // Concurrent publishes of change sets on different instruments: they queue on the publication lock.
  const batch = await Promise.all(instruments.slice(0, CONCURRENT * 4).map((id, n) => prepare(id, SEQUENTIAL + n)));
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (next < batch.length) {
        const id = batch[next++];
        if (id) await publishChangeSet(neo4j.db, REVIEWER, id, null);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    graph: { nodes: graph.nodes.length, relationships: graph.relationships.length },
    publishLatencyMs: { publications: SEQUENTIAL, p50: round(percentile(sequential, 50)), p95: round(percentile(sequential, 95)), max: round(sequential.at(-1) ?? 0) },
    throughput: { connections: CONCURRENT, publications: batch.length, perSecond: round(batch.length / seconds) },
  };
  say(JSON.stringify(result, null, 2));
  await mkdir(path.join(ROOT_DIR, 'bench', 'results'), { recursive: true });
  await writeFile(path.join(ROOT_DIR, 'bench', 'results', `editing-${result.date}.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await neo4j.stop();
}
