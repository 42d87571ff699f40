/** Pieces both policy views build their answers from. */
import type { ActorInRole, InstrumentKind } from '../../generated/graphql.ts';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '../../vocabulary/index.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { nameOf, upper } from '../entity/read-fields.ts';

export type ActorInRoleModel = Omit<ActorInRole, 'actor'> & { actor: SummaryModel };

/** Norwegian collation by name in the reading language; the id breaks ties so the order is stable. */
export function byName(scope: ReadScope): (a: NodeRecord, b: NodeRecord) => number {
  return (a, b) => nameOf(a, scope).text.localeCompare(nameOf(b, scope).text, 'nb') || String(a.props.id).localeCompare(String(b.props.id));
}

export function sortedSummaries(nodes: readonly NodeRecord[], scope: ReadScope): SummaryModel[] {
  return [...nodes].sort(byName(scope)).map((node) => ({ scope, node }));
}

/** An instrument's kinds as the GraphQL enum, its main kind first (`kind` only on old records). */
export function kindsOf(node: NodeRecord): InstrumentKind[] {
  const kinds = Array.isArray(node.props.kinds) ? node.props.kinds : node.props.kind ? [node.props.kind] : [];
  return kinds.map(upper) as InstrumentKind[];
}

/** Actors by role in the order of RESPONSIBILITY_ROLES, then by name; one entry per actor and role. */
export function actorsInRoles(actors: readonly { role: ResponsibilityRole; node: NodeRecord }[], scope: ReadScope): ActorInRoleModel[] {
  const seen = new Set<string>();
  const compare = byName(scope);
  return [...actors]
    .sort((a, b) => RESPONSIBILITY_ROLES.indexOf(a.role) - RESPONSIBILITY_ROLES.indexOf(b.role) || compare(a.node, b.node))
    .filter((actor) => {
      const key = `${actor.role}|${String(actor.node.props.id)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((actor) => ({ role: actor.role, actor: { scope, node: actor.node } }));
}
