import { describe, expect, it } from 'vitest';
import { applyFacets, type FacetChoices, type FacetValues } from './facets.ts';

const hits: FacetValues[] = [
  { types: ['INSTRUMENT'], ministries: ['kdd'], targetGroups: ['unge', 'eldre'] },
  { types: ['INSTRUMENT'], ministries: ['kdd', 'aid'], targetGroups: ['unge'] },
  { types: ['ACTOR'], ministries: ['kdd'], targetGroups: [] },
  { types: ['TARGET_GROUP'], ministries: [], targetGroups: [] },
];
const none: FacetChoices = { types: [], ministries: [], targetGroups: [] };
const facet = (choices: Partial<FacetChoices>) => applyFacets(hits, (hit) => hit, { ...none, ...choices });

describe('search facets', () => {
  it('count the hits themselves when nothing is chosen, most first', () => {
    const { hits: kept, counts } = facet({});
    expect(kept).toHaveLength(4);
    expect(counts.types).toEqual([{ value: 'INSTRUMENT', count: 2 }, { value: 'ACTOR', count: 1 }, { value: 'TARGET_GROUP', count: 1 }]);
    expect(counts.types.reduce((sum, { count }) => sum + count, 0)).toBe(kept.length);
    expect(counts.ministries).toEqual([{ value: 'kdd', count: 3 }, { value: 'aid', count: 1 }]);
  });

  it('narrow across facets and widen within one', () => {
    expect(facet({ types: ['INSTRUMENT'], targetGroups: ['eldre'] }).hits).toEqual([hits[0]]);
    expect(facet({ types: ['INSTRUMENT', 'ACTOR'] }).hits).toHaveLength(3);
  });

  it('count a facet with the other facets chosen, not its own', () => {
    const { counts } = facet({ types: ['INSTRUMENT'] });
    expect(counts.types).toContainEqual({ value: 'ACTOR', count: 1 });
    expect(counts.ministries).toEqual([{ value: 'kdd', count: 2 }, { value: 'aid', count: 1 }]);
  });
});
