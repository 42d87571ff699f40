import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedChecksum } from '../canonical.ts';
import { loadSeeds } from '../load-seeds.ts';
import { SEED_DIR } from '../../start-up.ts';
import { recordsOfSeedGraph } from './from-seed-graph.ts';
import { entryOf } from './invert.ts';
import type { ExportRecord } from './records.ts';
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

// Each test loads every seed file (a couple of seconds, more on a busy machine).
describe('the seeds export of a graph', { timeout: 60_000 }, () => {
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
    const files = (await readdir(first)).sort();
    expect(files).toContain('instruments.yaml');
    expect((await readdir(second)).sort()).toEqual(files);
    for (const file of files) expect(await readFile(path.join(second, file), 'utf8')).toBe(await readFile(path.join(first, file), 'utf8'));
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

describe('one record back into its seed entry', () => {
  const record = (over: Partial<ExportRecord>): ExportRecord => ({ props: { id: 'bostotte', name_nb: 'Bostøtte', sourceIds: ['src-b1'], confidence: 'verified' }, names: [], links: [], criteria: [], details: [], groups: [], supportedBy: ['src-b1'], ...over });

  it('writes the later period of a pair after the first, whatever order the graph returns them in', () => {
    const link = (id: string, validFrom: string) => ({ type: 'TARGETS', to: 'eldre', props: { id, validFrom, sourceIds: ['src-b1'], confidence: 'verified' } });
    const entry = entryOf('instruments', record({ links: [link('bostotte|TARGETS|eldre#2', '2020-01-01'), link('bostotte|TARGETS|eldre', '2024-01-01')] }));
    expect(entry.targets).toEqual([
      { to: 'eldre', validFrom: '2024-01-01', sources: ['src-b1'], confidence: 'verified' },
      { to: 'eldre', validFrom: '2020-01-01', sources: ['src-b1'], confidence: 'verified' },
    ]);
  });

  it('leaves the revision bookkeeping out of the entry', () => {
    const entry = entryOf('instruments', record({ props: { id: 'bostotte', name_nb: 'Bostøtte', sourceIds: [], confidence: 'verified', knownFrom: 3, knownTo: 9, version: 4, currentId: 'bostotte' } }));
    expect(Object.keys(entry).sort()).toEqual(['confidence', 'id', 'name', 'sources']);
  });

  it('writes a name period an edit added with its own id, and a derived one without', () => {
    const names = [
      { id: 'husbanken-name-until-2026-12-31', name_nb: 'Husbanken', validTo: '2026-12-31', sourceIds: ['src-l5'], confidence: 'verified' },
      { id: 'husbanken-name-1', name_nb: 'Den Norske Stats Husbank', validTo: '2008-12-31', sourceIds: [], confidence: 'unverified' },
    ];
    const entry = entryOf('actors', record({ props: { id: 'husbanken', name_nb: 'Den norske husbanken', sourceIds: [], confidence: 'verified' }, names }));
    expect(entry.names).toEqual([
      { name: { nb: 'Den Norske Stats Husbank' }, validTo: '2008-12-31', sources: [], confidence: 'unverified' },
      { id: 'husbanken-name-until-2026-12-31', name: { nb: 'Husbanken' }, validTo: '2026-12-31', sources: ['src-l5'], confidence: 'verified' },
    ]);
  });
});
