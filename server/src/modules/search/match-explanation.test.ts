import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../entity/entity-model.ts';
import { explainMatch, withinOneEdit } from './match-explanation.ts';
import { queryWords } from './query-words.ts';
import { rankHits } from './rank.ts';

const bostotte: NodeRecord = {
  labels: ['Instrument', 'Entity'],
  props: {
    id: 'bostotte',
    name_nb: 'Bostøtte',
    name_nn: 'Bustøtte',
    name_en: 'Housing allowance',
    searchTerms_nb: ['husleie', 'hjelp til husleie'],
    searchTerms_nn: ['husleige'],
    searchTerms_en: ['rent', 'help with rent'],
    description_nb: 'Støtte fra staten til husstander med lav inntekt og høye boutgifter.',
  },
  names: [],
};
const husleieloven: NodeRecord = { labels: ['LegalBasis', 'Entity'], props: { id: 'husleieloven', name_nb: 'Husleieloven', name_nn: 'Husleigelova', name_en: 'The Tenancy Act' }, names: [] };
const kdd: NodeRecord = {
  labels: ['Actor', 'Entity'],
  props: { id: 'kdd', name_nb: 'Kommunal- og distriktsdepartementet', name_nn: 'Kommunal- og distriktsdepartementet', name_en: 'Ministry of Local Government and Regional Development', abbreviation: 'KDD' },
  names: [{ id: 'kdd-name-1', name_nb: 'Kommunal- og moderniseringsdepartementet', name_nn: 'Kommunal- og moderniseringsdepartementet', name_en: 'Ministry of Local Government and Modernisation', abbreviation: 'KMD' }],
};

const explain = (node: NodeRecord, text: string, lang: 'nb' | 'nn' | 'en' = 'nb') => explainMatch(node, queryWords(text).content, lang);

describe('why a hit matched', () => {
  it('names the search term that matched, in the language searched', () => {
    expect(explain(bostotte, 'hjelp til husleie')).toMatchObject({ field: 'SEARCH_TERM', term: 'husleie', lang: 'nb', missing: [], tier: 1 });
    expect(explain(bostotte, 'hjelp til husleige', 'nn')).toMatchObject({ field: 'SEARCH_TERM', term: 'husleige', lang: 'nn', tier: 1 });
    expect(explain(bostotte, 'help with rent', 'en')).toMatchObject({ field: 'SEARCH_TERM', term: 'rent', lang: 'en', tier: 1 });
  });

  it('prefers a name, and tells an exact name from one that starts with the text', () => {
    expect(explain(bostotte, 'bustøtte')).toMatchObject({ field: 'NAME', term: 'Bustøtte', lang: 'nn', tier: 0 });
    expect(explain(husleieloven, 'husleie')).toMatchObject({ field: 'NAME', tier: 2 });
  });

  it('finds a former abbreviation and a word of the description, as written there', () => {
    expect(explain(kdd, 'KMD')).toMatchObject({ field: 'FORMER_NAME', term: 'KMD', tier: 0 });
    expect(explain(bostotte, 'inntekt')).toMatchObject({ field: 'DESCRIPTION', term: 'inntekt', tier: 3 });
  });

  it('tolerates one typo from five letters, and says which words matched nothing', () => {
    expect(explain(bostotte, 'bostote')).toMatchObject({ field: 'NAME', term: 'Bostøtte', tier: 0 });
    expect(explain(bostotte, 'husliee')).toMatchObject({ field: 'SEARCH_TERM', term: 'husleie', tier: 1 });
    expect(explain(bostotte, 'husleie betale')).toMatchObject({ matched: ['husleie'], missing: ['betale'] });
    expect(explain(husleieloven, 'startlån')).toBeNull();
  });

  it('counts a swap of two letters as one typo, and two typos as none', () => {
    expect(withinOneEdit('bostotte', 'bsototte')).toBe(true);
    expect(withinOneEdit('bostotte', 'bustote')).toBe(false);
  });
});

describe('ranking hits', () => {
  const candidates = [
    { node: husleieloven, score: 9 },
    { node: bostotte, score: 1 },
  ];

  it('puts an exact search term before a name that only starts with the text', () => {
    expect(rankHits(candidates, ['husleie'], 'nb').hits.map((hit) => hit.candidate.node.props.id)).toEqual(['bostotte', 'husleieloven']);
  });

  it('keeps only hits matching every word, or the best partial ones when none does', () => {
    expect(rankHits(candidates, ['husleie', 'inntekt'], 'nb')).toMatchObject({ partial: false, hits: [{ candidate: { node: bostotte } }] });
    const partial = rankHits(candidates, ['husleie', 'betale'], 'nb');
    expect(partial.partial).toBe(true);
    expect(partial.hits).toHaveLength(2);
  });
});
