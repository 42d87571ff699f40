import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedChecksum } from '../canonical.ts';
import { loadSeeds } from '../load-seeds.ts';
import { SEED_DIR } from '../../start-up.ts';
import { recordsOfSeedGraph } from './from-seed-graph.ts';
import { writeSeedFiles, type SeedFilesTarget } from './write-files.ts';

const original = await loadSeeds(SEED_DIR);
const folders: string[] = [];

async function exportTo(graph = original.graph): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vmk-seed-export-'));
  folders.push(dir);
  let current = '';
  let text = '';
  const target: SeedFilesTarget = {
    open: async (file) => {
      current = file;
      text = '';
    },
    write: async (chunk) => {
      text += chunk;
    },
    close: async () => writeFile(path.join(dir, current), text),
  };
  await writeSeedFiles(recordsOfSeedGraph(graph), target);
  return dir;
}

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('the seeds export of a graph', () => {
  it('validates and builds the same graph as the seeds it came from', async () => {
    expect(original.problems).toEqual([]);
    const exported = await loadSeeds(await exportTo());
    expect(exported.problems).toEqual([]);
    expect(exported.graph.nodes).toHaveLength(original.graph.nodes.length);
    expect(exported.graph.relationships).toHaveLength(original.graph.relationships.length);
    expect(seedChecksum(exported.graph)).toBe(seedChecksum(original.graph));
  });

  it('is a fixed point: exporting its own import gives the same bytes', async () => {
    const first = await exportTo();
    const second = await exportTo((await loadSeeds(first)).graph);
    for (const file of ['instruments.yaml', 'sources.yaml', 'relations.yaml']) {
      expect(await readFile(path.join(second, file), 'utf8')).toBe(await readFile(path.join(first, file), 'utf8'));
    }
  });

  it('keeps the id of a name period that is not where the list would put it', async () => {
    const graph = structuredClone(original.graph);
    const period = graph.nodes.find((node) => node.label === 'NamePeriod');
    expect(period).toBeDefined();
    const relationship = graph.relationships.find((r) => r.type === 'HAS_NAME' && r.to === period?.id);
    const renamed = `${String(relationship?.from)}-name-until-2026-12-31`;
    for (const r of graph.relationships) {
      if (r.to !== period?.id && r.from !== period?.id) continue;
      if (r.to === period?.id) r.to = renamed;
      if (r.from === period?.id) r.from = renamed;
      r.key = `${r.from}|${r.type}|${r.to}`;
    }
    if (period) {
      period.id = renamed;
      period.props.id = renamed;
    }
    const exported = await loadSeeds(await exportTo(graph));
    expect(exported.problems).toEqual([]);
    expect(exported.graph.nodes.map((node) => node.id)).toContain(renamed);
    expect(seedChecksum(exported.graph)).toBe(seedChecksum(graph));
  });
});
