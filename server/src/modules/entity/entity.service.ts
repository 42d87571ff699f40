import { badUserInput } from '../../errors.ts';
import type { Database } from '../../neo4j/database.ts';
import type { EntityModel, EntityRecord, Props, ReadScope } from './entity-model.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { EntityLabel } from './read-fields.ts';

export const MAX_PAGE_SIZE = 100;
const SORT_KEYS = new Set(['NAME', 'ID', 'VALID_FROM']);

export interface EntityFilterInput {
  kind?: string | null;
  strategyKind?: string | null;
  actor?: string | null;
  targetGroup?: string | null;
  goal?: string | null;
  strategy?: string | null;
  inForce?: boolean | null;
  supplySide?: boolean | null;
}

export interface FindEntitiesArgs {
  scope: ReadScope;
  label: EntityLabel | null;
  ids?: readonly string[];
  filter?: EntityFilterInput | null;
  orderBy?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface EntityPage {
  models: EntityModel[];
  total: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Row extends EntityRecord {
  sortValue: string;
}

/**
 * One round trip to `entity/find-entities` for a lookup by id or a filtered, keyset-paginated list.
 * One extra entity is read to know whether another page exists.
 */
export async function findEntities(db: Database, args: FindEntitiesArgs): Promise<EntityPage> {
  // A lookup by ids answers all of them at once; only lists are paged (and capped).
  const first = args.ids ? Math.max(args.ids.length, 1) : (args.first ?? 20);
  if (!args.ids && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  const orderBy = args.orderBy ?? 'NAME';
  // Sort keys reach Cypher only through this allow-list.
  if (!SORT_KEYS.has(orderBy)) throw badUserInput('Unknown sort order.', 'orderBy');
  const after = args.after ? decodeCursor(args.after) : null;
  const filter = args.filter ?? {};
  const [row] = await db.read('entity/find-entities', {
    asOf: args.scope.asOf,
    label: args.label,
    ids: args.ids ?? null,
    kind: (filter.strategyKind ?? filter.kind)?.toLowerCase() ?? null,
    actor: filter.actor ?? null,
    targetGroup: filter.targetGroup ?? null,
    goal: filter.goal ?? null,
    strategy: filter.strategy ?? null,
    inForce: args.ids ? null : (filter.inForce === undefined ? true : filter.inForce),
    supplySide: filter.supplySide ?? null,
    sortKey: orderBy,
    langKey: args.scope.lang.toLowerCase(),
    afterKey: after?.sortValue ?? null,
    afterId: after?.id ?? null,
    limit: first + 1,
  });
  const rows = ((row?.entities as Row[] | undefined) ?? []);
  const sourceIndex = new Map(((row?.citedSources as Props[] | undefined) ?? []).map((source) => [String(source.id), source]));
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    models: page.map((record) => ({ scope: args.scope, record, sourceIndex })),
    total: Number(row?.total ?? 0),
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last.sortValue, String(last.props.id)) : null,
  };
}
