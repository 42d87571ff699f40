import { describe, expect, it } from 'vitest';
import { choiceParams, readChoices, toggled } from './search-params.ts';

describe('the search page address', () => {
  it('reads facet choices from comma lists and ignores unknown types', () => {
    const choices = readChoices(new URLSearchParams('q=bolig&type=INSTRUMENT,NOPE&departement=kdd,aid&malgruppe='));
    expect(choices).toEqual({ types: ['INSTRUMENT'], ministries: ['kdd', 'aid'], targetGroups: [] });
  });

  it('switches a value on and off and writes the lists back', () => {
    const on = toggled({ types: [], ministries: ['kdd'], targetGroups: [] }, 'ministries', 'aid');
    expect(choiceParams(on)).toEqual({ type: undefined, departement: 'kdd,aid', malgruppe: undefined });
    expect(toggled(on, 'ministries', 'kdd').ministries).toEqual(['aid']);
  });
});
