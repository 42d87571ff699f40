import { describe, expect, it, vi } from 'vitest';
import { PublicError } from '../../errors.ts';
import { checkRow, RowShapeError, type Statement } from '../../neo4j/statement.ts';
import { household } from './engine/test-fixtures.ts';
import { todayInNorway } from '../common/date-scalar.ts';
import { assessSituation } from './situation.service.ts';
import { CURRENT_REVISION } from '../../vocabulary/index.ts';
import { LOAD_CANDIDATES, type CandidatesRow, type InstrumentRow } from './statements.ts';

/**
 * One loader row as Neo4j returns it (after toPlain): flattened texts, JSON criteria, and criteria
 * with their stored properties only (Neo4j stores no nulls).
 */
const row = {
  // No data version: nothing is cached between these tests (the cache has tests of its own below).
  version: null,
  instruments: [
    {
      id: 'bostotte',
      name_nb: 'Bostøtte',
      name_nn: 'Bustøtte',
      name_en: 'Housing allowance',
      householdGoals: ['LOWER_HOUSING_COSTS'],
      criteria: [
        {
          id: 'bostotte-income',
          instrumentId: 'bostotte',
          order: 1,
          text_nb: 'Inntekten er under grensen',
          text_en: 'Income is below the limit',
          test: JSON.stringify({ fact: 'annualHouseholdIncome', op: 'lte', valueByHouseholdSize: [300000, 350000] }),
          required: true,
          discretionary: false,
          explain: JSON.stringify({ notMet: { nb: 'Over grensen ({threshold} kr)' } }),
          thresholdYear: 2024,
          sourceIds: ['src-b5'],
          validFrom: '2024-01-01',
          confidence: 'official',
        } as InstrumentRow['criteria'][number],
        { id: 'bostotte-residence', order: 0, text_nb: 'Lovlig opphold', required: true, discretionary: false, sourceIds: ['src-b3'] },
      ],
      indications: null,
      actors: [{ id: 'husbanken', role: 'DECIDED_BY', name_nb: 'Husbanken', name_nn: 'Husbanken', name_en: 'The Norwegian State Housing Bank' }],
    },
    { id: 'sosialhjelp-boutgifter', name_nb: 'Sosialhjelp', name_nn: null, name_en: null, householdGoals: [], indications: null, criteria: [], actors: [] },
  ],
  relations: [
    { id: 'p1', type: 'PRECONDITION_FOR', from: 'bostotte', to: 'sosialhjelp-boutgifter', rationale_nb: 'Bostøtte først', rationale_nn: null, rationale_en: null, sourceIds: ['src-n7'], appliesWhen: null, validFrom: null, validTo: null },
  ],
  limitTables: [],
  notices: [],
} satisfies CandidatesRow;

/** Answers every read with `rows`, checked as Database checks them where they leave the driver. */
function fakeDb(rows: unknown[] = [row]) {
  return { read: vi.fn(async (statement: Statement, _params: Record<string, unknown>) => rows.map((each) => checkRow(statement, each))) } as unknown as Parameters<typeof assessSituation>[0] & {
    read: ReturnType<typeof vi.fn>;
  };
}

describe('assessSituation', () => {
  it('reads the candidates once, with only the date and the revision as parameters', async () => {
    const db = fakeDb();
    await assessSituation(db, household({ annualHouseholdIncome: 123456, goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'NB');
    expect(db.read).toHaveBeenCalledTimes(1);
    expect(db.read).toHaveBeenCalledWith(LOAD_CANDIDATES, { asOf: '2024-06-01', revision: CURRENT_REVISION, current: CURRENT_REVISION, knownVersion: '' });
  });

  it('keeps the candidates of a data version, and reads them again when the version changes', async () => {
    const versioned = { ...structuredClone(row), version: 'v1' };
    const current = { version: 'v1', instruments: null, relations: null, limitTables: null, notices: null };
    const db = fakeDb([versioned]);
    const first = await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'NB');
    db.read.mockImplementation(async (statement: Statement) => [checkRow(statement, current)]);
    const second = await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'NB');
    expect(db.read).toHaveBeenLastCalledWith(LOAD_CANDIDATES, { asOf: '2024-06-01', revision: CURRENT_REVISION, current: CURRENT_REVISION, knownVersion: 'v1' });
    expect(second.assessments).toEqual(first.assessments);
    // A new import: the row carries the new version and its candidates, which replace the old ones.
    const renamed = { ...structuredClone(row), version: 'v2', instruments: [{ ...row.instruments[1], name_nb: 'Økonomisk sosialhjelp' }] };
    db.read.mockImplementation(async (statement: Statement) => [checkRow(statement, renamed)]);
    const third = await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'NB');
    expect(third.assessments.map((assessment) => assessment.instrumentId)).toEqual(['sosialhjelp-boutgifter']);
    // Another date is another entry.
    db.read.mockImplementation(async (statement: Statement) => [checkRow(statement, versioned)]);
    await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2025-06-01', 'NB');
    expect(db.read).toHaveBeenLastCalledWith(LOAD_CANDIDATES, { asOf: '2025-06-01', revision: CURRENT_REVISION, current: CURRENT_REVISION, knownVersion: '' });
  });

  it('answers a read at an earlier revision without the cache, and keeps the cache of the graph now', async () => {
    const versioned = { ...structuredClone(row), version: 'revision-3' };
    const db = fakeDb([versioned]);
    await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2026-06-01', 'NB');
    await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2026-06-01', 'NB', 2);
    expect(db.read).toHaveBeenLastCalledWith(LOAD_CANDIDATES, { asOf: '2026-06-01', revision: 2, current: CURRENT_REVISION, knownVersion: '' });
    await assessSituation(db, household({ goals: ['LOWER_HOUSING_COSTS'] }), '2026-06-01', 'NB');
    expect(db.read).toHaveBeenLastCalledWith(LOAD_CANDIDATES, { asOf: '2026-06-01', revision: CURRENT_REVISION, current: CURRENT_REVISION, knownVersion: 'revision-3' });
  });

  it('evaluates the loaded rows: criteria in order, JSON parsed, relations combined', async () => {
    const result = await assessSituation(fakeDb(), household({ adults: 2, annualHouseholdIncome: 400000, goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'EN');
    const bostotte = result.assessments.find((assessment) => assessment.instrumentId === 'bostotte');
    expect(bostotte?.status).toBe('UNLIKELY');
    expect(bostotte?.criteria[0]).toMatchObject({ criterionId: 'bostotte-income', outcome: 'NOT_MET', language: 'EN', sourceIds: ['src-b5'] });
    expect(bostotte?.toCheck[0]).toMatchObject({ criterionId: 'bostotte-residence', text: 'Lovlig opphold', language: 'NB' });
    expect(result.combinations).toEqual([]);
  });

  it('combines what is not UNLIKELY, in the order the relations give', async () => {
    const result = await assessSituation(fakeDb(), household({ annualHouseholdIncome: 100000, goals: ['LOWER_HOUSING_COSTS'] }), '2024-06-01', 'NN');
    expect(result.combinations[0]).toMatchObject({ instrumentIds: ['bostotte', 'sosialhjelp-boutgifter'], relationIds: ['p1'], sourceIds: ['src-n7'], rationale: 'Bostøtte først.' });
    expect(result.combinations[0]?.steps[0]?.owners).toEqual([{ actorId: 'husbanken', role: 'DECIDED_BY', name: 'Husbanken', language: 'NN' }]);
  });

  it('5. rejects an empty household before reading anything', async () => {
    const db = fakeDb();
    await expect(assessSituation(db, household({ adults: 0, children: 0 }), '2024-06-01', 'NB')).rejects.toSatisfy(
      (error: unknown) => error instanceof PublicError && error.extensions.code === 'BAD_USER_INPUT' && error.extensions.field === 'adults',
    );
    expect(db.read).not.toHaveBeenCalled();
  });

  it('defaults the date to today in Norway and reads an empty graph as no candidates', async () => {
    const result = await assessSituation(fakeDb([]), household(), null, 'NB');
    expect(result.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(result.assessments).toEqual([]);
    expect(todayInNorway(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });

  it('fails loudly on a criterion test that does not fit the schema', async () => {
    const broken = structuredClone(row);
    const [instrument] = broken.instruments;
    if (instrument?.criteria[0]) instrument.criteria[0].test = JSON.stringify({ fact: 'shoeSize', op: 'eq', value: 42 });
    await expect(assessSituation(fakeDb([broken]), household(), '2024-06-01', 'NB')).rejects.toThrow(/does not fit the seed schema/);
  });

  it('fails at the boundary on a row that does not fit the statement, naming the field', async () => {
    const broken = structuredClone(row) as unknown as { instruments: { householdGoals: string[] }[] };
    if (broken.instruments[0]) broken.instruments[0].householdGoals = ['BUY_A_BOAT'];
    const failure = assessSituation(fakeDb([broken]), household(), '2024-06-01', 'NB');
    await expect(failure).rejects.toBeInstanceOf(RowShapeError);
    await expect(failure).rejects.toThrow(/situation\/load-candidates.*instruments\[0\]\.householdGoals\[0\]/s);
  });
});
