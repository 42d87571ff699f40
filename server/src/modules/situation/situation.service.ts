/**
 * The situation query: validate the household's situation, load the candidates for the date in
 * one read, evaluate them in the pure engine. The situation is personal data: this module never
 * logs or stores it, and neither does anything it calls.
 */
import type { Database } from '../../neo4j/database.ts';
import { CURRENT_REVISION } from '../../vocabulary/index.ts';
import { todayInNorway } from '../common/date-scalar.ts';
import type { Lang } from '../common/lang.ts';
import { candidateCache } from './candidate-cache.ts';
import { candidatesFromRow } from './engine/candidate-rows.ts';
import { evaluateSituation } from './engine/evaluate.ts';
import type { CandidateSet, SituationInput, SituationResult } from './engine/types.ts';
import { LOAD_CANDIDATES } from './statements.ts';
import { validateAsOf, validateSituationInput } from './validate-input.ts';

export type { SituationInput, SituationResult } from './engine/types.ts';

/**
 * Assesses a household's situation against every household-facing instrument in force at `asOf`
 * (default: today in Norway). Throws BAD_USER_INPUT (with the field) before touching the database.
 * Returns instrument ids; the GraphQL layer resolves them to instruments.
 */
export async function assessSituation(db: Pick<Database, 'read'>, input: SituationInput, asOf: string | null | undefined, lang: Lang, revision: number = CURRENT_REVISION): Promise<SituationResult> {
  const date = validateAsOf(asOf ?? todayInNorway());
  const situation = validateSituationInput(input, date);
  return evaluateSituation(await candidatesFor(db, date, revision), situation, date, lang);
}

/**
 * The candidates for a date: from the cache when the data version is still the one they were read
 * at, else read and cached. One round trip either way, and only the date and the version go to the
 * database; the situation stays in this process.
 */
async function candidatesFor(db: Pick<Database, 'read'>, date: string, revision: number): Promise<CandidateSet> {
  const cache = candidateCache(db);
  const known = cache.get(date);
  const [row] = await db.read(LOAD_CANDIDATES, { asOf: date, revision, current: CURRENT_REVISION, knownVersion: revision === CURRENT_REVISION ? (known?.version ?? '') : '' });
  if (known && row?.version === known.version && row.instruments === null) {
    cache.set(date, known);
    return known.candidates;
  }
  const candidates = candidatesFromRow(row);
  // The cache follows the graph as published now; a read "as we knew it" then is answered, not kept.
  return row?.version && revision === CURRENT_REVISION ? cache.set(date, { version: row.version, candidates }) : candidates;
}
