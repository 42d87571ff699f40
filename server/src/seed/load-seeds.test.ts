import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../config.ts';
import { loadSeeds } from './load-seeds.ts';
import { formatProblem } from './problems.ts';

const fixtures = path.join(ROOT_DIR, 'test', 'fixtures', 'seeds');

describe('seed validation', () => {
  it('accepts a valid set and builds its graph', async () => {
    const { problems, graph } = await loadSeeds(path.join(fixtures, 'valid'));
    expect(problems).toEqual([]);
    const ids = graph.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(['ministry', 'agency', 'loan', 'grant', 'loan-adult', 'ministry-name-1', 'src-a']));
    const combines = graph.relationships.find((r) => r.type === 'COMBINES_WITH');
    expect(combines).toMatchObject({ from: 'loan', to: 'grant', props: { id: 'r1', rationale_nb: 'Lån og tilskudd sammen', sourceIds: ['src-a'] } });
  });

  it('reports every problem with file:line:col and a plain message', async () => {
    const { problems } = await loadSeeds(path.join(fixtures, 'invalid'));
    const lines = problems.map((problem) => formatProblem(problem).replace(/^.*?fixtures\/seeds\/invalid\//, ''));
    expect(lines).toEqual([
      'a-actors.yaml:9:5: "name" is required',
      'a-actors.yaml:15:5: unknown field "colour"',
      'b-instruments.yaml:3:12: "kinds" must be an array, not a string',
      'b-instruments.yaml:10:5: the period ends (validTo 2019-12-31) before it starts (validFrom 2020-01-01)',
      expect.stringMatching(/^b-instruments\.yaml:10:5: duplicate id "grant" \(first defined at .*b-instruments\.yaml:6:5\)$/),
      'b-instruments.yaml:13:17: reference to an id that does not exist: "nobody"',
    ]);
  });

  it('derives a fact\'s confidence from its best source unless the fact says otherwise', async () => {
    const { graph } = await loadSeeds(path.join(fixtures, 'valid'));
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    expect(byId.get('loan')?.props.confidence).toBe('official');
    expect(byId.get('grant')?.props.confidence).toBe('municipal');
  });

  it('locates a citation of a source that does not exist at the citing entry', async () => {
    const { problems } = await loadSeeds(path.join(fixtures, 'missing-source'));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/graph\.yaml:2:5: reference to a source that does not exist: "src-nowhere"$/)]);
  });
});
