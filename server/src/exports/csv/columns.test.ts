import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../seed/load-seeds.ts';
import { SEED_DIR } from '../../start-up.ts';
import { ENTITY_LABELS, LINK_TYPES } from '../../vocabulary/index.ts';
import { CSV_FILES, ENTITY_COLUMNS, relationshipColumns, sourceLabels } from './columns.ts';
import { cell } from './cells.ts';

const { graph } = await loadSeeds(SEED_DIR);

describe('CSV columns', () => {
  it('name every property the seeds write on an entity', () => {
    for (const label of ENTITY_LABELS) {
      const written = new Set(graph.nodes.filter((node) => node.label === label).flatMap((node) => Object.keys(node.props)));
      written.delete('id');
      expect([...written].filter((key) => !ENTITY_COLUMNS[label].includes(key)), label).toEqual([]);
    }
  });

  it('name every property the seeds write on a relationship between entities', () => {
    for (const type of LINK_TYPES) {
      const written = new Set(graph.relationships.filter((r) => r.type === type).flatMap((r) => Object.keys(r.props)));
      expect([...written].filter((key) => !relationshipColumns(type).includes(key)), type).toEqual([]);
    }
  });

  it('read every relationship type from the labels its relationships start at', () => {
    const labelOf = new Map(graph.nodes.map((node) => [node.props.id, node.label]));
    for (const type of LINK_TYPES) {
      const starts = new Set(graph.relationships.filter((r) => r.type === type).map((r) => labelOf.get(r.from)));
      expect(sourceLabels(type), type).toEqual(expect.arrayContaining([...starts]));
    }
  });

  it('give each file a unique name', () => {
    expect(new Set(CSV_FILES.map((file) => file.name)).size).toBe(CSV_FILES.length);
  });
});

describe('a CSV cell', () => {
  it('joins lists, writes structures as JSON and leaves a missing value empty', () => {
    expect(cell(['src-a', 'src-b'])).toBe('src-a; src-b');
    expect(cell({ fact: 'income', op: 'lte' })).toBe('{"fact":"income","op":"lte"}');
    expect(cell([{ a: 1 }])).toBe('[{"a":1}]');
    expect(cell(null)).toBe('');
    expect(cell(undefined)).toBe('');
    expect(cell(false)).toBe('false');
    expect(cell('2024-01-01')).toBe('2024-01-01');
  });
});
