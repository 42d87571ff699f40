/**
 * The gaps over time against the real seeded graph: on any day inside the window, the subjects
 * with a span holding the day are exactly what `coverage(asOf: day)` lists; the periods are the
 * national strategies' own; bad windows are refused.
 */
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Span { from: string; to: string; startsBefore: boolean; continuesAfter: boolean }
interface Subject { entity: { id: string; type: string }; reason: string; validFrom: string | null; validTo: string | null; spans: Span[]; gapAtAsOf: boolean; strategies: { id: string }[] }
interface Period { kind: string; strategy: { id: string } | null; from: string; to: string; targetGroupsWithoutInstrument: number; goalsWithoutInstrument: number; goalsNotMapped: number; instrumentsWithoutGoal: number }
interface Timeline { from: string; to: string; asOf: string; periods: Period[]; subjects: Subject[] }

const TIMELINE = `query ($from: Date, $to: Date, $asOf: Date) {
  gapTimeline(from: $from, to: $to, asOf: $asOf) {
    from to asOf
    periods { kind strategy { id } from to targetGroupsWithoutInstrument goalsWithoutInstrument goalsNotMapped instrumentsWithoutGoal }
    subjects { entity { id type } reason validFrom validTo spans { from to startsBefore continuesAfter } gapAtAsOf strategies { id } }
  }
}`;

const COVERAGE = `query ($asOf: Date) { coverage(asOf: $asOf) {
  uncoveredTargetGroups { id } uncoveredGoals { id } unmappedGoals { id } instrumentsWithoutGoal { id } } }`;

async function timeline(variables: Record<string, unknown> = {}): Promise<Timeline> {
  return (await queryData<{ gapTimeline: Timeline }>(baseUrl, TIMELINE, variables)).gapTimeline;
}

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id).sort();
const gapIdsOn = (result: Timeline, day: string, reason: string, type: string) =>
  result.subjects.filter((subject) => subject.reason === reason && subject.entity.type === type && subject.spans.some((span) => span.from <= day && day <= span.to)).map((subject) => subject.entity.id).sort();

describe('gapTimeline', () => {
  it('cuts the default window into the two national strategies and the time after', async () => {
    const result = await timeline({ asOf: '2026-06-01' });
    expect(result.from).toBe('2014-01-01');
    expect(result.to).toBe('2026-06-01');
    expect(result.periods.map((period) => [period.kind, period.strategy?.id ?? null, period.from, period.to])).toEqual([
      ['STRATEGY', 'bolig-for-velferd', '2014-01-01', '2020-12-31'],
      ['STRATEGY', 'alle-trenger-et-trygt-hjem', '2021-01-01', '2024-12-31'],
      ['AFTER', null, '2025-01-01', '2026-06-01'],
    ]);
  });

  it.each(['2014-01-01', '2016-06-01', '2020-12-31', '2021-01-01', '2022-06-01', '2025-06-01'])('agrees with coverage on %s', async (day) => {
    const [result, coverage] = await Promise.all([
      timeline({ asOf: day, from: '2014-01-01', to: '2026-06-01' }),
      queryData<{ coverage: Record<'uncoveredTargetGroups' | 'uncoveredGoals' | 'unmappedGoals' | 'instrumentsWithoutGoal', { id: string }[]> }>(baseUrl, COVERAGE, { asOf: day }),
    ]);
    expect(gapIdsOn(result, day, 'NO_INSTRUMENT', 'TARGET_GROUP')).toEqual(ids(coverage.coverage.uncoveredTargetGroups));
    expect(gapIdsOn(result, day, 'NO_INSTRUMENT', 'GOAL')).toEqual(ids(coverage.coverage.uncoveredGoals));
    expect(gapIdsOn(result, day, 'NOT_MAPPED', 'GOAL')).toEqual(ids(coverage.coverage.unmappedGoals));
    expect(gapIdsOn(result, day, 'NO_GOAL', 'INSTRUMENT')).toEqual(ids(coverage.coverage.instrumentsWithoutGoal));
    const atAsOf = result.subjects.filter((subject) => subject.gapAtAsOf).map((subject) => subject.entity.id).sort();
    expect(atAsOf).toEqual(ids(Object.values(coverage.coverage).flat()));
  });

  it('counts a subject in a period when it is a gap on any of its days', async () => {
    const result = await timeline({ asOf: '2026-06-01' });
    for (const period of result.periods) {
      const during = (reason: string, type: string) => result.subjects.filter((subject) => subject.reason === reason && subject.entity.type === type && subject.spans.some((span) => span.from <= period.to && period.from <= span.to)).length;
      expect(period.targetGroupsWithoutInstrument).toBe(during('NO_INSTRUMENT', 'TARGET_GROUP'));
      expect(period.goalsWithoutInstrument).toBe(during('NO_INSTRUMENT', 'GOAL'));
      expect(period.goalsNotMapped).toBe(during('NOT_MAPPED', 'GOAL'));
      expect(period.instrumentsWithoutGoal).toBe(during('NO_GOAL', 'INSTRUMENT'));
    }
    // Most goals of Bolig for velferd are mapped to no instrument: the graph says so rather than calling them gaps.
    expect(result.periods[0]?.goalsNotMapped).toBeGreaterThan(0);
  });

  it('keeps spans inside the window and says when they go on beyond it', async () => {
    const result = await timeline({ from: '2021-01-01', to: '2024-12-31', asOf: '2022-06-01' });
    expect(result.periods).toHaveLength(1);
    for (const subject of result.subjects) {
      for (const span of subject.spans) {
        expect(span.from >= '2021-01-01' && span.to <= '2024-12-31' && span.from <= span.to).toBe(true);
      }
    }
    const open = result.subjects.find((subject) => subject.validTo === null && subject.spans.at(-1)?.to === '2024-12-31');
    expect(open?.spans.at(-1)?.continuesAfter).toBe(true);
  });

  it.each([
    [{ from: '2024-01-01', to: '2020-01-01' }, 'from'],
    [{ from: '1900-01-01', to: '2024-01-01' }, 'to'],
  ])('refuses the window %j with BAD_USER_INPUT naming `%s`', async (variables, field) => {
    const response = await postGraphQL(baseUrl, TIMELINE, variables);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.extensions?.field).toBe(field);
    expect(response.body.errors?.[0]?.message).not.toMatch(/MATCH|Cypher|at .*\.ts/);
  });

  it('refuses a date that is not a date', async () => {
    const response = await postGraphQL(baseUrl, TIMELINE, { from: '2024-13-01' });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
