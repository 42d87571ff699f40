import { describe, expect, it } from 'vitest';
import type { StatementRow } from '../../neo4j/statement.ts';
import { countsIn, isGapAt, nationalStrategies, periodsOf, subjectGaps } from './gap-timeline.ts';
import type { GAP_TIMELINE } from './statements.ts';

type GraphNode = StatementRow<typeof GAP_TIMELINE>['instruments'][number];

const node = (label: GraphNode['labels'][number], id: string, validFrom: string | null = null, validTo: string | null = null, extra: Record<string, string> = {}): GraphNode => ({
  labels: ['Entity', label],
  props: { id, ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}), ...extra },
  names: [],
});
const link = (instrument: string, subject: string, validFrom: string | null = null, validTo: string | null = null) => ({ instrument, subject, validFrom, validTo });
const empty = { subjects: [], instruments: [], links: [], goalLinks: [], strategies: [] };

describe('subjectGaps', () => {
  it('makes a target group a gap on the days no instrument in force reaches it', () => {
    const [gap] = subjectGaps({
      ...empty,
      subjects: [{ node: node('TargetGroup', 'unge', '2014-01-01'), unmapped: false }],
      instruments: [node('Instrument', 'a', null, '2019-12-31')],
      links: [link('a', 'unge', '2016-01-01')],
    });
    // Reached from 2016 by a link that outlives its instrument (ended 2019): the instrument's end counts.
    expect(gap?.reason).toBe('NO_INSTRUMENT');
    expect(gap?.gaps).toEqual([{ from: '2014-01-01', to: '2015-12-31' }, { from: '2020-01-01', to: null }]);
    expect(gap && isGapAt(gap, '2019-12-31')).toBe(false);
    expect(gap && isGapAt(gap, '2020-01-01')).toBe(true);
  });

  it('leaves out subjects that are never a gap', () => {
    expect(subjectGaps({ ...empty, subjects: [{ node: node('TargetGroup', 'alle'), unmapped: false }], instruments: [node('Instrument', 'a')], links: [link('a', 'alle')], goalLinks: [{ instrument: 'a', validFrom: null, validTo: null }] })).toEqual([]);
  });

  it('calls an unmapped goal NOT_MAPPED over all its validity, never NO_INSTRUMENT', () => {
    const [gap] = subjectGaps({ ...empty, subjects: [{ node: node('Goal', 'mal', '2014-01-01', '2020-12-31'), unmapped: true }] });
    expect(gap?.reason).toBe('NOT_MAPPED');
    expect(gap?.gaps).toEqual([{ from: '2014-01-01', to: '2020-12-31' }]);
  });

  it('makes an instrument NO_GOAL between its SERVES_GOAL links', () => {
    const [gap] = subjectGaps({ ...empty, instruments: [node('Instrument', 'a', '2014-01-01', '2024-12-31')], goalLinks: [{ instrument: 'a', validFrom: '2021-01-01', validTo: null }] });
    expect(gap?.reason).toBe('NO_GOAL');
    expect(gap?.gaps).toEqual([{ from: '2014-01-01', to: '2020-12-31' }]);
  });
});

describe('periods', () => {
  const strategy = (id: string, validFrom: string, validTo: string, goals: string[] = ['g']) => ({ node: node('Strategy', id, validFrom, validTo, { kind: 'strategy' }), goals, prioritises: [] });

  it('takes only strategies of kind strategy that set goals, by start', () => {
    const picked = nationalStrategies([
      strategy('atth', '2021-01-01', '2024-12-31'),
      strategy('prosjekt', '2001-01-01', '2004-12-31', []),
      { ...strategy('veileder', '2015-01-01', '2015-12-31'), node: node('Strategy', 'veileder', '2015-01-01', null, { kind: 'guide' }) },
      strategy('bfv', '2014-01-01', '2020-12-31'),
    ]);
    expect(picked.map((n) => n.props.id)).toEqual(['bfv', 'atth']);
  });

  it('cuts the window into before, strategies, between and after', () => {
    const strategies = nationalStrategies([strategy('a', '2014-01-01', '2016-12-31'), strategy('b', '2018-01-01', '2020-12-31')]);
    const periods = periodsOf(strategies, { from: '2013-01-01', to: '2022-06-30' });
    expect(periods.map((p) => [p.kind, p.from, p.to])).toEqual([
      ['BEFORE', '2013-01-01', '2013-12-31'],
      ['STRATEGY', '2014-01-01', '2016-12-31'],
      ['BETWEEN', '2017-01-01', '2017-12-31'],
      ['STRATEGY', '2018-01-01', '2020-12-31'],
      ['AFTER', '2021-01-01', '2022-06-30'],
    ]);
  });

  it('counts a subject in each period it is a gap in on any day', () => {
    const gaps = subjectGaps({ ...empty, subjects: [{ node: node('TargetGroup', 't', '2016-12-31', '2018-01-01'), unmapped: false }] });
    expect(countsIn({ from: '2014-01-01', to: '2016-12-31' }, gaps).targetGroupsWithoutInstrument).toBe(1);
    expect(countsIn({ from: '2018-01-02', to: '2020-12-31' }, gaps).targetGroupsWithoutInstrument).toBe(0);
  });
});
