/**
 * One ministry's overview: its instruments with the reasons they are its, grouped by administering
 * actor, and the reach of those instruments over the target groups, for the briefing on gaps.
 */
import { badUserInput, notFound } from '../../errors.ts';
import type { InstrumentKind, Reach, ResponsibilityReason } from '../../generated/graphql.ts';
import type { Database } from '../../neo4j/database.ts';
import type { StatementRow } from '../../neo4j/statement.ts';
import { RESPONSIBILITY_CHAIN_TYPES, RESPONSIBILITY_ROLES } from '../../vocabulary/index.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { labelOf } from '../entity/read-fields.ts';
import { actorsInRoles, byName, kindsOf, sortedSummaries, type ActorInRoleModel } from './shared.ts';
import { MINISTRY_OVERVIEW } from './statements.ts';

type Row = StatementRow<typeof MINISTRY_OVERVIEW>;
type InstrumentRecord = Row['instruments'][number];

export type ReasonModel = Omit<ResponsibilityReason, 'via'> & { via: SummaryModel | null };

export interface MinistryInstrumentModel {
  instrument: SummaryModel;
  kinds: InstrumentKind[];
  reasons: ReasonModel[];
  fundedByMinistry: boolean;
  actors: ActorInRoleModel[];
  targetGroups: SummaryModel[];
  goals: SummaryModel[];
}

export interface TargetGroupReachModel {
  targetGroup: SummaryModel;
  reach: Reach;
  instrumentCount: number;
  reachedSubgroups: SummaryModel[];
}

const idOf = (node: NodeRecord): string => String(node.props.id);

/** Direct reasons first (by role), then those through an actor below the ministry. */
function reasonsOf(record: InstrumentRecord, scope: ReadScope): ReasonModel[] {
  const rank = (reason: InstrumentRecord['reasons'][number]) => (reason.via ? RESPONSIBILITY_ROLES.length : 0) + RESPONSIBILITY_ROLES.indexOf(reason.role);
  const seen = new Set<string>();
  return [...record.reasons]
    .sort((a, b) => rank(a) - rank(b))
    .filter((reason) => {
      // Two paths up from the same actor in the same role are one reason; the shortest is kept.
      const key = `${reason.role}|${reason.via ? idOf(reason.via) : ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((reason) => ({ role: reason.role, via: reason.via ? { scope, node: reason.via } : null, chain: reason.chain }));
}

function toInstrument(record: InstrumentRecord, groups: ReadonlyMap<string, NodeRecord>, scope: ReadScope): MinistryInstrumentModel {
  const reasons = reasonsOf(record, scope);
  const targeted = [...new Set(record.targets)].flatMap((id) => groups.get(id) ?? []);
  const goals = [...new Map(record.goals.map((goal) => [idOf(goal), goal])).values()];
  return {
    instrument: { scope, node: record.node },
    kinds: kindsOf(record.node),
    reasons,
    fundedByMinistry: reasons.some((reason) => reason.role === 'FUNDED_BY' && reason.via === null),
    actors: actorsInRoles(record.actors, scope),
    targetGroups: sortedSummaries(targeted, scope),
    goals: sortedSummaries(goals, scope),
  };
}

/** Groups by administering actor, by name; instruments nobody is recorded to administer last. */
function byAdministrator(instruments: readonly MinistryInstrumentModel[], scope: ReadScope) {
  const groups = new Map<string, { administrator: SummaryModel | null; instruments: MinistryInstrumentModel[] }>();
  for (const instrument of instruments) {
    const administrators = instrument.actors.filter((actor) => actor.role === 'ADMINISTERED_BY').map((actor) => actor.actor);
    for (const administrator of administrators.length ? administrators : [null]) {
      const key = administrator ? idOf(administrator.node) : '';
      const group = groups.get(key) ?? { administrator, instruments: [] };
      group.instruments.push(instrument);
      groups.set(key, group);
    }
  }
  const compare = byName(scope);
  return [...groups.values()].sort((a, b) => (a.administrator && b.administrator ? compare(a.administrator.node, b.administrator.node) : a.administrator ? -1 : 1));
}

function reachOf(row: Row, instruments: readonly MinistryInstrumentModel[], scope: ReadScope): TargetGroupReachModel[] {
  const counts = new Map<string, number>();
  for (const instrument of instruments) for (const group of instrument.targetGroups) counts.set(idOf(group.node), (counts.get(idOf(group.node)) ?? 0) + 1);
  const nodes = new Map(row.targetGroups.map((group) => [idOf(group.node), group.node]));
  return [...row.targetGroups]
    .sort((a, b) => byName(scope)(a.node, b.node))
    .map((group) => {
      const instrumentCount = counts.get(idOf(group.node)) ?? 0;
      const reachedSubgroups = sortedSummaries([...new Set(group.subgroups)].filter((id) => counts.has(id)).flatMap((id) => nodes.get(id) ?? []), scope);
      const reach: Reach = instrumentCount > 0 ? 'DIRECT' : reachedSubgroups.length > 0 ? 'SUBGROUP_ONLY' : 'NONE';
      return { targetGroup: { scope, node: group.node }, reach, instrumentCount, reachedSubgroups };
    });
}

function goalCounts(instruments: readonly MinistryInstrumentModel[], scope: ReadScope) {
  const goals = new Map<string, { entity: SummaryModel; count: number }>();
  for (const instrument of instruments) {
    for (const goal of instrument.goals) {
      const entry = goals.get(idOf(goal.node)) ?? { entity: goal, count: 0 };
      entry.count += 1;
      goals.set(idOf(goal.node), entry);
    }
  }
  return [...goals.values()].sort((a, b) => b.count - a.count || byName(scope)(a.entity.node, b.entity.node));
}

export function buildOverview(row: Row, scope: ReadScope) {
  const groups = new Map(row.targetGroups.map((group) => [idOf(group.node), group.node]));
  const instruments = [...row.instruments].sort((a, b) => byName(scope)(a.node, b.node)).map((record) => toInstrument(record, groups, scope));
  const targetGroups = reachOf(row, instruments, scope);
  const priorities = [...row.strategies]
    .sort((a, b) => byName(scope)(a.node, b.node))
    .map((strategy) => ({ strategy: { scope, node: strategy.node }, targetGroups: targetGroups.filter((group) => strategy.prioritised.includes(idOf(group.targetGroup.node))) }))
    .filter((strategy) => strategy.targetGroups.length > 0);
  return {
    asOf: scope.asOf,
    ministry: { scope, node: row.ministry },
    instruments,
    byAdministrator: byAdministrator(instruments, scope),
    targetGroups,
    goals: goalCounts(instruments, scope),
    priorities,
  };
}

export async function readMinistryOverview(db: Pick<Database, 'read'>, scope: ReadScope, id: string) {
  const [row] = await db.read(MINISTRY_OVERVIEW, { id, asOf: scope.asOf, revision: scope.revision, roles: RESPONSIBILITY_ROLES, chainTypes: RESPONSIBILITY_CHAIN_TYPES });
  if (!row) throw notFound(`No entity has the id "${id}".`);
  const isMinistry = labelOf(row.ministry.labels) === 'Actor' && row.ministry.props.kind === 'ministry';
  if (!isMinistry) throw badUserInput(`"${id}" is not a ministry.`, 'id');
  return buildOverview(row, scope);
}
