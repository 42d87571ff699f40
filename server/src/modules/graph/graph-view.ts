/**
 * `graphView`: the explorer's view around a focus over time. The statement returns every node and
 * relationship whatever its dates; this module checks the arguments and shapes nodes with the name
 * spans a client needs to name an entity at any date by the same rule as `nameOf`.
 */
import { badUserInput } from '../../errors.ts';
import type { GraphNameSpan, QueryGraphViewArgs } from '../../generated/graphql.ts';
import type { Database } from '../../neo4j/database.ts';
import { BROWSED_LABELS, HIDDEN_LINK_TYPES } from '../../vocabulary/index.ts';
import { resolveScope } from '../common/scope.ts';
import type { NodeRecord, ReadScope, SummaryModel } from '../entity/entity-model.ts';
import { str, textOf } from '../entity/read-fields.ts';
import { toEdge } from './edges.ts';
import { GRAPH_VIEW } from './statements.ts';

export const MAX_VIEW_NODES = 300;
export const MAX_VIEW_IDS = 50;

export interface GraphViewNodeModel {
  entity: SummaryModel;
  names: GraphNameSpan[];
  currentName: string;
}

function viewNode(node: NodeRecord, scope: ReadScope): GraphViewNodeModel {
  const names = [...node.names]
    .sort((a, b) => String(a.validFrom ?? '').localeCompare(String(b.validFrom ?? '')))
    .map((period) => ({ name: textOf(period, 'name', scope.lang)?.text ?? '', validFrom: str(period.validFrom), validTo: str(period.validTo) }));
  const currentName = textOf(node.props, 'name', scope.lang)?.text ?? textOf(node.props, 'text', scope.lang)?.text ?? str(node.props.title) ?? str(node.props.id) ?? '';
  return { entity: { scope, node }, names, currentName };
}

function checkedIds(ids: readonly string[] | null | undefined, field: 'expanded' | 'added'): string[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > MAX_VIEW_IDS) throw badUserInput(`\`${field}\` may name at most ${MAX_VIEW_IDS} entities.`, field);
  return unique;
}

export async function readGraphView(db: Pick<Database, 'read'>, args: QueryGraphViewArgs) {
  const scope = await resolveScope(db, args);
  const depth = args.depth ?? 1;
  if (depth !== 1 && depth !== 2) throw badUserInput('`depth` must be 1 or 2.', 'depth');
  const limit = args.limit ?? 150;
  if (limit < 1 || limit > MAX_VIEW_NODES) throw badUserInput(`\`limit\` must be between 1 and ${MAX_VIEW_NODES}.`, 'limit');
  const expanded = checkedIds(args.expanded, 'expanded');
  const added = checkedIds(args.added, 'added');
  const [row] = await db.read(GRAPH_VIEW, {
    focus: args.focus, expanded, added, depth, labels: [...BROWSED_LABELS], limit, revision: scope.revision, hiddenTypes: [...HIDDEN_LINK_TYPES],
  });
  if (!row) return null;
  return {
    focus: { scope, node: row.focus },
    nodes: row.nodes.map((node) => viewNode(node, scope)),
    edges: row.edges.map(toEdge),
    opened: row.openers,
    missing: row.missing,
    capped: row.totalNodes > limit,
    totalNodes: row.totalNodes,
    limit,
  };
}
