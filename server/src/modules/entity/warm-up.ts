/**
 * Plans `entity/find-entities` before the first user asks. Neo4j plans a statement once per shape
 * of its parameters and caches the plan; this statement takes one to two seconds to plan, which the
 * first list and the first lookup after a start would otherwise wait for (or, on a busy machine,
 * time out on).
 */
import type { Database } from '../../neo4j/database.ts';
import { CURRENT_REVISION } from '../../vocabulary/index.ts';
import { todayInNorway } from '../common/date-scalar.ts';
import { findEntities } from './entity.service.ts';
import { emptyPlan, fullPlan } from './read-plan.ts';

/**
 * Planning takes seconds on a quiet machine and several times that on a busy one: past a request's
 * 8 s, so the warm-up waits longer (a start-up waits at most this long for it). Once planned,
 * Neo4j keeps the plan for every later request.
 */
const WARM_UP_TIMEOUT_MS = 30_000;

export async function warmUpReadPath(db: Database): Promise<boolean> {
  const scope = { asOf: todayInNorway(), knownAt: null, revision: CURRENT_REVISION, lang: 'NB' as const };
  try {
    // A list and a lookup by id, each with a narrow and a full selection: the shapes users send.
    for (const plan of [emptyPlan(), fullPlan()]) {
      await findEntities(db, { scope, label: 'Instrument', plan, first: 1, timeoutMs: WARM_UP_TIMEOUT_MS });
      await findEntities(db, { scope, label: null, ids: ['warm-up'], plan, timeoutMs: WARM_UP_TIMEOUT_MS });
    }
    return true;
  } catch {
    // Only a head start: a Neo4j too busy to plan now plans on the first request instead.
    return false;
  }
}
