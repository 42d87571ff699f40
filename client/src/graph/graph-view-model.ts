/**
 * The explorer's view at one date, computed from the `graphView` answer, which holds every node and
 * relationship whatever its dates. Pure functions, so the canvas, the list twin and the text
 * summary of a change all read the same answer, and the time slider needs no request per step.
 *
 * The rule a date applies (the API's `neighbourhood` applies the same one): a relationship is in
 * force on the days between its dates (`REPLACED_BY` is history and always shown); the view holds
 * the focus, the added entities, and every neighbour an opened entity reaches through a shown
 * relationship, opened entities themselves opening only while they are shown.
 */
import type { EntityType, LinkType } from '../gql/graphql.ts';

export interface Dated { validFrom?: string | null; validTo?: string | null }
export interface ViewNode { entity: { id: string; type: EntityType; validFrom?: string | null; validTo?: string | null }; names: readonly ({ name: string } & Dated)[]; currentName: string }
export interface ViewEdge extends Dated { id: string; type: LinkType; source: string; target: string }
export interface ViewAnswer { focus: { id: string }; nodes: readonly ViewNode[]; edges: readonly ViewEdge[]; opened: readonly string[] }

export interface ViewOptions {
  date: string;
  /** Also show nodes and relationships not in force at the date (drawn as ended). */
  showEnded: boolean;
  hiddenTypes: readonly EntityType[];
  hiddenRelations: readonly LinkType[];
  /** Entities the user added (search and add, a path's steps): shown whether or not anything reaches them, and even if ended or of a hidden type. */
  added: readonly string[];
}

export interface ShownNode { id: string; type: EntityType; name: string; inForce: boolean; opened: boolean; isFocus: boolean }
export interface ShownEdge { id: string; type: LinkType; source: string; target: string; inForce: boolean }
export interface ShownView { nodes: ShownNode[]; edges: ShownEdge[] }

const HISTORY: LinkType = 'REPLACED_BY';

export function inForceAt(item: Dated, date: string): boolean {
  return (item.validFrom == null || item.validFrom <= date) && (item.validTo == null || item.validTo >= date);
}

/** The name period in force at the date, else the present name (the server's `nameOf` rule). */
export function nameAt(node: ViewNode, date: string): string {
  return node.names.find((period) => inForceAt(period, date))?.name || node.currentName;
}

const edgeInForce = (edge: ViewEdge, date: string) => edge.type === HISTORY || inForceAt(edge, date);

export function viewAt(answer: ViewAnswer, options: ViewOptions): ShownView {
  const byId = new Map(answer.nodes.map((node) => [node.entity.id, node]));
  const focus = answer.focus.id;
  const opened = new Set(answer.opened);
  const added = new Set(options.added);
  const nodeAllowed = (id: string) => {
    const node = byId.get(id);
    if (!node) return false;
    // What the user asked for (the focus, an added entity, a path's steps) is shown even if it has ended, marked so.
    if (id === focus || added.has(id)) return true;
    return !options.hiddenTypes.includes(node.entity.type) && (options.showEnded || inForceAt(node.entity, options.date));
  };
  const edges = answer.edges.filter((edge) => !options.hiddenRelations.includes(edge.type) && (options.showEnded || edgeInForce(edge, options.date)));
  const shown = new Set<string>([focus, ...options.added].filter(nodeAllowed));
  // Grow from the opened entities shown until nothing new is reached (an opened neighbour opens too).
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges) {
      for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
        if (shown.has(from) && opened.has(from) && !shown.has(to) && nodeAllowed(to)) {
          shown.add(to);
          grew = true;
        }
      }
    }
  }
  return {
    nodes: answer.nodes.filter((node) => shown.has(node.entity.id)).map((node) => ({
      id: node.entity.id, type: node.entity.type, name: nameAt(node, options.date), inForce: inForceAt(node.entity, options.date),
      opened: opened.has(node.entity.id), isFocus: node.entity.id === focus,
    })),
    edges: edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target)).map((edge) => ({
      id: edge.id, type: edge.type, source: edge.source, target: edge.target, inForce: edgeInForce(edge, options.date),
    })),
  };
}

/** The days something in the answer starts, ends (the day after its last day) or is renamed, sorted. */
export function changeDates(answer: ViewAnswer): string[] {
  const days = new Set<string>();
  const add = (item: Dated) => {
    if (item.validFrom) days.add(item.validFrom);
    if (item.validTo) days.add(dayAfter(item.validTo));
  };
  for (const node of answer.nodes) {
    add(node.entity);
    node.names.forEach(add);
  }
  answer.edges.filter((edge) => edge.type !== HISTORY).forEach(add);
  return [...days].sort();
}

export function dayAfter(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export interface ViewChange {
  appeared: ShownNode[];
  left: ShownNode[];
  renamed: { node: ShownNode; before: string }[];
  linksAdded: ShownEdge[];
  linksRemoved: ShownEdge[];
}

/** What changed on the canvas from one view to the next, for the text summary and the live region. */
export function changeBetween(before: ShownView, after: ShownView): ViewChange {
  const beforeNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const beforeEdges = new Set(before.edges.map((edge) => edge.id));
  const afterEdges = new Set(after.edges.map((edge) => edge.id));
  return {
    appeared: after.nodes.filter((node) => !beforeNodes.has(node.id)),
    left: before.nodes.filter((node) => !afterIds.has(node.id)),
    renamed: after.nodes.flatMap((node) => {
      const earlier = beforeNodes.get(node.id);
      return earlier && earlier.name !== node.name ? [{ node, before: earlier.name }] : [];
    }),
    linksAdded: after.edges.filter((edge) => !beforeEdges.has(edge.id)),
    linksRemoved: before.edges.filter((edge) => !afterEdges.has(edge.id)),
  };
}

export const isEmptyChange = (change: ViewChange) =>
  change.appeared.length + change.left.length + change.renamed.length + change.linksAdded.length + change.linksRemoved.length === 0;
