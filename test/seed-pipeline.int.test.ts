import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../server/src/config.ts';
import { Database } from '../server/src/neo4j/database.ts';
import { graphChecksum, countGraph } from '../server/src/seed/graph-stats.ts';
import { importGraph } from '../server/src/seed/import-graph.ts';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { SeedValidationError } from '../server/src/seed/problems.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';

const fixtures = path.join(ROOT_DIR, 'test', 'fixtures', 'seeds');
let db: Database;

beforeAll(async () => {
  db = Database.connect(inject('scratchNeo4j'));
  await runSeed(db, path.join(fixtures, 'valid'));
});
afterAll(async () => {
  await db.close();
});

describe('seed import into a real Neo4j', () => {
  it('writes the validated graph: nodes per label and relationships per type', async () => {
    const counts = await countGraph(db);
    expect(counts.labels).toEqual({ Actor: 2, Criterion: 1, Goal: 1, Instrument: 2, NamePeriod: 1, Source: 2, TargetGroup: 1 });
    expect(counts.relationshipTypes).toMatchObject({ ANSWERS_TO: 1, COMBINES_WITH: 1, DECIDED_BY: 2, HAS_NAME: 1, REQUIRES: 1, SERVES_GOAL: 1, TARGETS: 1 });
  });

  it('is idempotent: a second import changes nothing (same counts, same checksum)', async () => {
    const before = { counts: await countGraph(db), checksum: await graphChecksum(db) };
    const report = await runSeed(db, path.join(fixtures, 'valid'));
    expect(report.counts).toEqual(before.counts);
    expect(report.checksum).toBe(before.checksum);
    expect(report.nodesDeleted + report.relationshipsDeleted).toBe(0);
  });

  it('writes nothing when any seed file is invalid', async () => {
    const before = await graphChecksum(db);
    await expect(runSeed(db, path.join(fixtures, 'invalid'))).rejects.toBeInstanceOf(SeedValidationError);
    expect(await graphChecksum(db)).toBe(before);
  });

  it('is all-or-nothing: a failure late in the import leaves the graph exactly as before', async () => {
    const before = await graphChecksum(db);
    const { graph } = await loadSeeds(path.join(fixtures, 'valid'));
    const renamed = graph.nodes.map((node) => ({ ...node, props: { ...node.props, name_nb: `${String(node.props.name_nb)} (changed)` } }));
    // Neo4j refuses a map as a property value: the last node makes the transaction fail after
    // every other node and relationship statement has been sent.
    const poisoned = { ...graph, nodes: [...renamed, { id: 'poison', label: 'Goal' as const, props: { id: 'poison', nested: { not: 'allowed' } }, at: { file: 'x', line: 1, col: 1 } }] };
    await expect(importGraph(db, poisoned)).rejects.toThrow();
    expect(await graphChecksum(db)).toBe(before);
  });

  it('stores dates as Neo4j dates and keeps provenance on relationships', async () => {
    const [row] = await db.read('seed/graph-fingerprint');
    const relationships = row?.relationships as { type: string; props: Record<string, unknown> }[];
    const answersTo = relationships.find((r) => r.type === 'ANSWERS_TO');
    expect(answersTo?.props).toMatchObject({ validFrom: '2010-01-01', sourceIds: ['src-a'], confidence: 'official' });
  });
});
