import { badUserInput } from '../../errors.ts';
import type { Database } from '../../neo4j/database.ts';
import { REVISION_AT } from '../../revisions/statements.ts';
import { CURRENT_REVISION } from '../../vocabulary/index.ts';
import type { Lang } from './lang.ts';
import type { ReadScope } from '../entity/entity-model.ts';
import { isIsoDate, todayInNorway } from './date-scalar.ts';
import { parseDateTime } from './date-time-scalar.ts';

const LANGS = new Set<Lang>(['NB', 'NN', 'EN']);

export interface ScopeArgs {
  asOf?: string | null;
  knownAt?: string | null;
  lang?: string | null;
}

/**
 * The date, the publication moment and the language of a root field, with today (in Norway), the
 * graph as published now and bokmål as defaults. The revision is CURRENT_REVISION until
 * `resolveScope` has looked up the one a `knownAt` names.
 */
export function readScope(args: ScopeArgs, now: Date = new Date()): ReadScope {
  const asOf = args.asOf ?? todayInNorway(now);
  if (!isIsoDate(asOf)) throw badUserInput('`asOf` must be a date written YYYY-MM-DD.', 'asOf');
  const knownAt = args.knownAt ? parseDateTime(args.knownAt) : null;
  const lang = (args.lang ?? 'NB') as Lang;
  if (!LANGS.has(lang)) throw badUserInput('`lang` must be NB, NN or EN.', 'lang');
  return { asOf, knownAt, revision: CURRENT_REVISION, lang };
}

/**
 * `readScope` with the revision `knownAt` resolves to: one small index seek, only for a read "as we
 * knew it"; the graph as it is now needs none. A separate round trip rather than a piece of every
 * read statement: as a subquery it made the planner take half again as long over each of them.
 */
export async function resolveScope(db: Pick<Database, 'read'>, args: ScopeArgs): Promise<ReadScope> {
  const scope = readScope(args);
  if (scope.knownAt === null) return scope;
  const [row] = await db.read(REVISION_AT, { knownAt: scope.knownAt });
  return { ...scope, revision: row?.revision ?? 0 };
}
