import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ROOT_DIR } from '../server/src/config.ts';
import { Database } from '../server/src/neo4j/database.ts';
import { graphChecksum, countGraph } from '../server/src/seed/graph-stats.ts';
import { importGraph } from '../server/src/seed/import-graph.ts';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { SeedValidationError } from '../server/src/seed/problems.ts';
import { runSeed } from '../server/src/seed/run-seed.ts';
import type { SeedFile } from '../server/src/seed/schema.ts';
import { GRAPH_FINGERPRINT } from '../server/src/seed/statements.ts';
import { OPEN_REVISION } from '../server/src/vocabulary/index.ts';

const fixtures = path.join(ROOT_DIR, 'test', 'fixtures', 'seeds');
const validDir = path.join(fixtures, 'valid');
let db: Database;
const variantDirs: string[] = [];

/** A copy of the valid fixture, changed by `edit`, in a temp folder; returns the folder. */
async function variantOfValid(edit: (seeds: SeedFile) => void): Promise<string> {
  const seeds = parse(await readFile(path.join(validDir, 'graph.yaml'), 'utf8')) as SeedFile;
  edit(seeds);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vmk-seed-variant-'));
  variantDirs.push(dir);
  await writeFile(path.join(dir, 'graph.yaml'), stringify(seeds));
  return dir;
}

async function fingerprint() {
  const [row] = await db.read(GRAPH_FINGERPRINT, { open: OPEN_REVISION });
  return { nodes: row?.nodes ?? [], relationships: row?.relationships ?? [] };
}

beforeAll(async () => {
  db = Database.connect(inject('scratchNeo4j'));
  await runSeed(db, path.join(fixtures, 'valid'));
});
afterAll(async () => {
  await db.close();
  await Promise.all(variantDirs.map((dir) => rm(dir, { recursive: true, force: true })));
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
    const { relationships } = await fingerprint();
    const answersTo = relationships.find((r) => r.type === 'ANSWERS_TO');
    expect(answersTo?.props).toMatchObject({ validFrom: '2010-01-01', sourceIds: ['src-a'], confidence: 'official' });
  });
});

describe('seed import: one transaction', () => {
  it('writes the whole import in exactly one write transaction (the schema statements aside)', async () => {
    const writes: string[] = [];
    const stop = db.observe((event) => {
      if (event.mode === 'WRITE' && !event.name.startsWith('schema/')) writes.push(event.name);
    });
    try {
      await runSeed(db, validDir);
    } finally {
      stop();
    }
    expect(writes).toEqual(['seed/import']);
  });

  it('rolls back the nodes it wrote when a relationship fails at the end of the import', async () => {
    const before = await graphChecksum(db);
    const { graph } = await loadSeeds(validDir);
    const renamed = graph.nodes.map((node) => ({ ...node, props: { ...node.props, name_nb: `${String(node.props.name_nb)} (changed)` } }));
    // The last relationship points at a node that does not exist: the import writes every node and
    // every other relationship, finds one relationship short and refuses to commit.
    const dangling = { type: 'COMBINES_WITH' as const, from: 'loan', to: 'no-such-node', key: 'dangling', props: { sourceIds: ['src-a'] }, at: { file: 'x', line: 1, col: 1 } };
    await expect(importGraph(db, { nodes: renamed, relationships: [...graph.relationships, dangling] })).rejects.toThrow(/rolled back/);
    expect(await graphChecksum(db)).toBe(before);
    expect((await fingerprint()).nodes.map((node) => String(node.props.name_nb))).not.toContainEqual(expect.stringContaining('(changed)'));
  });
});

describe('seed import: the graph mirrors the files', () => {
  // Each test changes the graph; put the valid fixture back so the next one starts from it.
  afterEach(async () => {
    await runSeed(db, validDir);
  });

  it('removes an instrument that was taken out of the seeds, with its relationships', async () => {
    const withoutGrant = await variantOfValid((seeds) => {
      seeds.instruments = seeds.instruments?.filter((instrument) => instrument.id !== 'grant');
      seeds.relations = seeds.relations?.filter((relation) => relation.from !== 'grant' && relation.to !== 'grant');
    });
    const report = await runSeed(db, withoutGrant);
    const { nodes, relationships } = await fingerprint();
    expect(nodes.map((node) => node.id)).not.toContain('grant');
    expect(nodes.map((node) => node.id)).toContain('loan');
    expect(relationships.filter((r) => r.from === 'grant' || r.to === 'grant')).toEqual([]);
    expect(report.counts.labels.Instrument).toBe(1);
    expect(report.nodesDeleted).toBe(1);
  });

  it('removes a relationship that was taken out of the seeds while both ends stay', async () => {
    const withoutRelation = await variantOfValid((seeds) => {
      seeds.relations = [];
    });
    expect((await fingerprint()).relationships.filter((r) => r.type === 'COMBINES_WITH')).toHaveLength(1);
    const report = await runSeed(db, withoutRelation);
    const { nodes, relationships } = await fingerprint();
    expect(relationships.filter((r) => r.type === 'COMBINES_WITH')).toEqual([]);
    expect(nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['loan', 'grant']));
    expect(report.relationshipsDeleted).toBe(1);
  });

  it('drops a node property whose optional field was removed from the seeds', async () => {
    const loanProps = async () => (await fingerprint()).nodes.find((node) => node.id === 'loan')?.props;
    expect(await loanProps()).toHaveProperty('noLegalBasisNote_nb', 'Ingen egen hjemmel i testen');
    const withoutNote = await variantOfValid((seeds) => {
      const loan = seeds.instruments?.find((instrument) => instrument.id === 'loan');
      if (loan) delete loan.noLegalBasisNote;
    });
    await runSeed(db, withoutNote);
    const props = await loanProps();
    expect(props).toHaveProperty('name_nb', 'Lånet');
    expect(props).not.toHaveProperty('noLegalBasisNote_nb');
  });

  it('drops a relationship property whose optional field was removed from the seeds', async () => {
    const combinesProps = async () => (await fingerprint()).relationships.find((r) => r.type === 'COMBINES_WITH')?.props;
    const withNote = await variantOfValid((seeds) => {
      const relation = seeds.relations?.find((r) => r.id === 'r1');
      if (relation) relation.note = { nb: 'Merknad som skal bort' };
    });
    await runSeed(db, withNote);
    expect(await combinesProps()).toHaveProperty('note_nb', 'Merknad som skal bort');
    await runSeed(db, validDir);
    const props = await combinesProps();
    expect(props).toHaveProperty('rationale_nb', 'Lån og tilskudd sammen');
    expect(props).not.toHaveProperty('note_nb');
  });
});
