import { badUserInput } from '../../errors.ts';
import type { EntityLabel } from '../../vocabulary/index.ts';
import type { Database } from '../../neo4j/database.ts';
import { labelRange, orderKeys, orderProperty, ORDERS, type Order, type OrderLang, type OrderProperty } from '../../seed/order-keys.ts';
import type { EntityModel, EntityRecord, LinkRecord, Props, ReadScope } from './entity-model.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { ReadPlan } from './read-plan.ts';
import { findEntitiesStatement, type EntityRow, type LinkRow } from './statements.ts';

export const MAX_PAGE_SIZE = 100;

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
  /** What to read (read-plan.ts). */
  plan: ReadPlan;
  ids?: readonly string[];
  filter?: EntityFilterInput | null;
  orderBy?: string | null;
  first?: number | null;
  after?: string | null;
  /** Longer than a request's 8 s: only for planning the statement ahead (warm-up.ts). */
  timeoutMs?: number;
}

export interface EntityPage {
  models: EntityModel[];
  /** Null unless the plan asked for it. */
  total: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
}

const isOrder = (value: string): value is Order => (ORDERS as readonly string[]).includes(value);

/** Property groups come back as separate maps (null when off); a record holds them merged. */
const merged = (groups: readonly (Props | null)[]): Props => Object.assign({}, ...groups.filter((group) => group !== null));

function linkRecord(row: LinkRow): LinkRecord {
  return { type: row.type, direction: row.direction, props: row.relProps, node: { labels: row.labels, props: merged(row.nodeProps), names: row.names } };
}

function entityRecord(row: EntityRow): EntityRecord {
  return { labels: row.labels, props: merged(row.props), names: row.names, details: row.details, links: row.links.map(linkRecord) };
}

/** The filters as the statement takes them: one neighbour to start from, the others to check. */
function statementFilter(filter: EntityFilterInput, inForce: boolean | null) {
  const neighbours = [filter.actor, filter.targetGroup, filter.goal].filter((id): id is string => typeof id === 'string');
  const kind = (filter.strategyKind ?? filter.kind)?.toLowerCase() ?? null;
  const supplySide = filter.supplySide ?? null;
  const strategy = filter.strategy ?? null;
  return {
    filtered: neighbours.length > 0 || kind !== null || supplySide !== null || strategy !== null,
    // '' for "no neighbour": the statement's parameters never change type (it says why).
    filter: { via: neighbours[0] ?? '', kind, supplySide, inForce, linkedTo: neighbours.slice(1), strategy },
  };
}

function pageSize(args: FindEntitiesArgs): number {
  // A lookup by ids answers all of them at once; only lists are paged (and capped).
  if (args.ids) return Math.max(args.ids.length, 1);
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  return first;
}

const langKey = (lang: ReadScope['lang']): OrderLang => (lang === 'NN' ? 'nn' : lang === 'EN' ? 'en' : 'nb');

function pageOrder(args: FindEntitiesArgs): OrderProperty {
  const orderBy = args.orderBy ?? 'NAME';
  // Orders reach Cypher only through this allow-list, as the name of an order-key property.
  if (!isOrder(orderBy)) throw badUserInput('Unknown sort order.', 'orderBy');
  return orderProperty(orderBy, langKey(args.scope.lang));
}

/** Criteria are named by their text and sources by their title: read those only where they can be. */
const TITLED_LABELS: readonly (EntityLabel | null)[] = [null, 'Criterion', 'Source'];

/**
 * The plan as the statement takes it: with the language names are read in, the titles where the
 * label may need them, and validity where the order key is the first day in force.
 */
function statementPlan(args: FindEntitiesArgs, order: OrderProperty) {
  const { total: _total, ...plan } = args.plan;
  const about = plan.node.about || order === 'orderValidFrom';
  return { ...plan, lang: langKey(args.scope.lang), node: { ...plan.node, about, titles: TITLED_LABELS.includes(args.label) } };
}

/**
 * One round trip to `entity/find-entities` for a lookup by ids or one keyset page of a label's
 * entities, reading what `args.plan` asks for. A page reads one extra entity to know whether
 * another page exists.
 */
export async function findEntities(db: Database, args: FindEntitiesArgs): Promise<EntityPage> {
  const first = pageSize(args);
  const order = pageOrder(args);
  const isList = !args.ids;
  const range = args.label ? labelRange(args.label) : { low: '', high: '' };
  const after = isList && args.after ? decodeCursor(args.after, order, range.low) : null;
  const filter = args.filter ?? {};
  const [row] = await db.read(findEntitiesStatement, {
    asOf: args.scope.asOf,
    revision: args.scope.revision,
    byIds: !isList,
    lookup: { ids: args.ids ? [...args.ids] : [], label: args.label ?? '' },
    order,
    low: after ?? range.low,
    high: range.high,
    labelLow: range.low,
    labelHigh: range.high,
    limit: first + 1,
    ...statementFilter(filter, isList ? (filter.inForce === undefined ? true : filter.inForce) : null),
    withTotal: isList && args.plan.total,
    // A page's cursor is its last entity's order key, computed from properties read with it.
    plan: statementPlan(args, order),
  }, args.timeoutMs === undefined ? {} : { timeoutMs: args.timeoutMs });
  const records = (row?.entities ?? []).map(entityRecord);
  const keyed = records.map((record) => ({ record, key: isList && args.label ? orderKeys(args.label, record.props)[order] : '' }));
  // The statement returns a page in key order already; sorting again costs nothing and does not depend on it.
  if (isList) keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = keyed.slice(0, first);
  const sourceIndex = new Map((row?.citedSources ?? []).map((source) => [String(source.id), source]));
  const last = page.at(-1);
  return {
    models: page.map(({ record }) => ({ scope: args.scope, record, sourceIndex })),
    total: row?.total ?? null,
    hasNextPage: keyed.length > first,
    endCursor: isList && last ? encodeCursor(order, last.key) : null,
  };
}
