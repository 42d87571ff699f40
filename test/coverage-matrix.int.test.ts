/**
 * The coverage matrix against the real seeded graph: its counts are `coverage`'s counts, its
 * filters narrow rows and never columns, a cell is a direct link only, and bad input is refused.
 */
import { describe, expect, inject, it } from 'vitest';
import { postGraphQL, queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');

interface Matrix {
  dimension: string;
  asOf: string;
  cellCount: number;
  emptyColumnCount: number;
  columns: { entity: { id: string }; count: number }[];
  rows: { instrument: { id: string }; kinds: string[]; count: number; cells: { column: string; confidence: string; sourced: boolean; unverified: boolean }[]; actors: { role: string; actor: { id: string } }[] }[];
}

const MATRIX = `query ($dimension: CoverageDimension, $asOf: Date, $actors: [ID!], $kinds: [InstrumentKind!]) {
  coverageMatrix(dimension: $dimension, asOf: $asOf, actors: $actors, kinds: $kinds) {
    dimension asOf cellCount emptyColumnCount
    columns { entity { id } count }
    rows { instrument { id } kinds count cells { column confidence sourced unverified } actors { role actor { id } } }
  }
}`;

const COVERAGE = `query ($asOf: Date) { coverage(asOf: $asOf) {
  instrumentsPerTargetGroup { entity { id } count } instrumentsPerGoal { entity { id } count } } }`;

async function matrix(variables: Record<string, unknown>): Promise<Matrix> {
  return (await queryData<{ coverageMatrix: Matrix }>(baseUrl, MATRIX, variables)).coverageMatrix;
}

const countsOf = (entries: readonly { entity: { id: string }; count: number }[]) => Object.fromEntries(entries.map((entry) => [entry.entity.id, entry.count]));
const rowIds = (result: Matrix) => result.rows.map((row) => row.instrument.id);

describe('coverageMatrix', () => {
  it.each(['2017-06-01', '2025-06-01'])('counts per target group and per goal equal coverage at %s', async (asOf) => {
    const [byGroup, byGoal, coverage] = await Promise.all([
      matrix({ asOf, dimension: 'TARGET_GROUP' }),
      matrix({ asOf, dimension: 'GOAL' }),
      queryData<{ coverage: { instrumentsPerTargetGroup: { entity: { id: string }; count: number }[]; instrumentsPerGoal: { entity: { id: string }; count: number }[] } }>(baseUrl, COVERAGE, { asOf }),
    ]);
    expect(countsOf(byGroup.columns)).toEqual(countsOf(coverage.coverage.instrumentsPerTargetGroup));
    expect(countsOf(byGoal.columns)).toEqual(countsOf(coverage.coverage.instrumentsPerGoal));
    expect(byGroup.columns.length).toBeGreaterThan(10);
    expect(byGroup.asOf).toBe(asOf);
  });

  it('adds up: cells = sum of row counts = sum of column counts; empty columns are counted', async () => {
    const result = await matrix({ asOf: '2025-06-01' });
    const rowSum = result.rows.reduce((sum, row) => sum + row.count, 0);
    const columnSum = result.columns.reduce((sum, column) => sum + column.count, 0);
    expect(rowSum).toBe(result.cellCount);
    expect(columnSum).toBe(result.cellCount);
    expect(result.emptyColumnCount).toBe(result.columns.filter((column) => column.count === 0).length);
    for (const row of result.rows) expect(row.cells.length).toBe(row.count);
  });

  it('marks a cell where an instrument targets the group itself, not its parent', async () => {
    const result = await matrix({ asOf: '2025-06-01' });
    const startlan = result.rows.find((row) => row.instrument.id === 'startlan');
    const columns = startlan?.cells.map((cell) => cell.column) ?? [];
    // Startlån targets barnefamilier, a subgroup of vanskeligstilte: only the first has a cell.
    expect(columns).toContain('barnefamilier');
    expect(columns).not.toContain('vanskeligstilte');
    expect(startlan?.kinds).toEqual(['LOAN']);
    expect(startlan?.actors).toEqual(expect.arrayContaining([{ role: 'FUNDED_BY', actor: { id: 'kdd' } }, { role: 'ADMINISTERED_BY', actor: { id: 'husbanken' } }, { role: 'DECIDED_BY', actor: { id: 'kommune' } }]));
    for (const cell of startlan?.cells ?? []) expect(cell.unverified).toBe(cell.confidence === 'UNVERIFIED');
  });

  it('keeps only instruments of the kinds asked for, and every column', async () => {
    const [all, loans] = await Promise.all([matrix({ asOf: '2025-06-01' }), matrix({ asOf: '2025-06-01', kinds: ['LOAN'] })]);
    expect(rowIds(loans)).toContain('startlan');
    expect(rowIds(loans)).not.toContain('bostotte');
    for (const row of loans.rows) expect(row.kinds).toContain('LOAN');
    expect(loans.rows.length).toBeLessThan(all.rows.length);
    expect(loans.columns.map((column) => column.entity.id)).toEqual(all.columns.map((column) => column.entity.id));
  });

  it("keeps a ministry's instruments, its agencies' included, at the date", async () => {
    const [now, before] = await Promise.all([matrix({ asOf: '2025-06-01', actors: ['kdd'] }), matrix({ asOf: '2019-06-01', actors: ['kdd'] })]);
    expect(rowIds(now)).toEqual(expect.arrayContaining(['startlan', 'bostotte', 'lan-utleieboliger']));
    expect(rowIds(now)).not.toContain('sosialhjelp-boutgifter');
    // The municipalities took over tilskudd til etablering from 2020.
    expect(rowIds(now)).not.toContain('tilskudd-etablering');
    expect(rowIds(before)).toContain('tilskudd-etablering');
    // Through an agency only: NAV Hjelpemiddelsentral is part of the directorate that answers to AID.
    expect(rowIds(await matrix({ asOf: '2025-06-01', actors: ['arbeids-og-velferdsdirektoratet'] }))).toContain('nav-tilskudd-i-stedet-for-heis');
  });

  it('refuses too many filter values and a malformed date as the client’s mistake', async () => {
    const many = await postGraphQL(baseUrl, MATRIX, { actors: Array.from({ length: 21 }, (_, i) => `a${i}`) });
    expect(many.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const date = await postGraphQL(baseUrl, MATRIX, { asOf: '2025-13-45' });
    expect(date.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const dimension = await postGraphQL(baseUrl, MATRIX, { dimension: 'ACTOR' });
    expect(dimension.status).toBe(400);
  });
});
