/**
 * The read plan: what `entity/find-entities` reads for one root field, derived from the GraphQL
 * selection set (decision 0007). The plan only switches named pieces of the hand-written statement
 * on or off and lists relationship pieces by key; nothing of the query text reaches Cypher.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from 'graphql';
import { ENTITY_LINK_TYPES, FIELD_NEEDS, INTERFACE_NEEDS, pieceKeys, type EntityLinkType, type Need, type NeedsType, type PlannedType, type PropertyGroup } from './field-needs.ts';

export type PropertyGroups = Record<PropertyGroup, boolean>;

export interface ReadPlan {
  /** Property groups of the entities the root field returns. */
  node: PropertyGroups;
  /** Property groups of criteria read as entities (`Instrument.criteria`). */
  criterion: PropertyGroups;
  /** The entities' name periods (a name as at `asOf`, the name history). */
  names: boolean;
  /** Name periods of the nodes at the other end of relationships. */
  summaryNames: boolean;
  /** An instrument's details in force. */
  details: boolean;
  /** Relationship pieces, 'TYPE>' (outgoing) or '<TYPE' (incoming). */
  links: string[];
  /** Every property of the relationships read (rationale, note, confidence, sources). */
  relationships: boolean;
  /** The sources cited by anything read. */
  sources: boolean;
  /** The number of matches across all pages. */
  total: boolean;
}

const noGroups = (): PropertyGroups => ({ about: false, texts: false, scalars: false, source: false });

export function emptyPlan(): ReadPlan {
  return { node: noGroups(), criterion: noGroups(), names: false, summaryNames: false, details: false, links: [], relationships: false, sources: false, total: false };
}

/** Reads everything any selection could ask for: for callers without a selection (and tests). */
export function fullPlan(): ReadPlan {
  const all = (): PropertyGroups => ({ about: true, texts: true, scalars: true, source: true });
  return {
    node: all(), criterion: all(), names: true, summaryNames: true, details: true,
    links: pieceKeys({ types: ENTITY_LINK_TYPES, direction: null }), relationships: true, sources: true, total: true,
  };
}

export function mergePlans(plans: readonly ReadPlan[]): ReadPlan {
  const merged = emptyPlan();
  const or = (target: PropertyGroups, source: PropertyGroups) => {
    for (const key of Object.keys(target) as PropertyGroup[]) target[key] ||= source[key];
  };
  const links = new Set<string>();
  for (const plan of plans) {
    or(merged.node, plan.node);
    or(merged.criterion, plan.criterion);
    merged.names ||= plan.names;
    merged.summaryNames ||= plan.summaryNames;
    merged.details ||= plan.details;
    merged.relationships ||= plan.relationships;
    merged.sources ||= plan.sources;
    merged.total ||= plan.total;
    for (const key of plan.links) links.add(key);
  }
  merged.links = [...links].sort();
  return merged;
}

/** Where in the answer a selection sits: the root's entities, a criterion, or anything further out. */
type Level = 'root' | 'criterion' | 'other';

interface Walk {
  plan: ReadPlan;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function needOf(typeName: string, field: string): Need | undefined {
  const table = (FIELD_NEEDS as Record<string, Record<string, Need>>)[typeName];
  return table?.[field] ?? (typeName === 'Entity' || typeName === 'Node' ? INTERFACE_NEEDS[field] : undefined);
}

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case 'Variable': return variables[node.name.value];
    case 'EnumValue': case 'StringValue': return node.value;
    case 'ListValue': return node.values.map((value) => argumentValue(value, variables));
    default: return null;
  }
}

/** `links(types:, direction:)` asks for its types (all when omitted) in its direction (both when omitted). */
function linksArgumentPieces(field: FieldNode, variables: Record<string, unknown>): string[] {
  const args = Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, argumentValue(arg.value, variables)]));
  const asked = Array.isArray(args.types) && args.types.length > 0 ? (args.types as unknown[]) : ENTITY_LINK_TYPES;
  const types = asked.filter((type): type is EntityLinkType => (ENTITY_LINK_TYPES as readonly unknown[]).includes(type));
  const direction = args.direction === 'OUT' || args.direction === 'IN' ? args.direction : null;
  return pieceKeys({ types, direction });
}

function setGroup(walk: Walk, level: Level, group: PropertyGroup): void {
  if (level === 'root') walk.plan.node[group] = true;
  else if (level === 'criterion') walk.plan.criterion[group] = true;
}

function apply(walk: Walk, level: Level, need: Need, field: FieldNode): void {
  const { plan } = walk;
  switch (need.kind) {
    case 'none': return;
    case 'group': return setGroup(walk, level, need.group);
    case 'names':
      if (level === 'root') plan.names = true;
      if (level === 'other') plan.summaryNames = true;
      if (need.texts) setGroup(walk, level, 'texts');
      if (need.child && field.selectionSet) visit(walk, need.child, field.selectionSet, level);
      return;
    case 'sources':
      plan.sources = true;
      return;
    case 'details':
      // Only the root's own entities carry details; a criterion has none.
      if (level === 'root') plan.details = true;
      if (need.child && field.selectionSet) visit(walk, need.child, field.selectionSet, 'other');
      return;
    case 'relationship':
      plan.relationships = true;
      if (need.sources) plan.sources = true;
      return;
    case 'child':
      if (field.selectionSet) visit(walk, need.child, field.selectionSet, 'other');
      return;
    case 'links':
    case 'linksArgument': {
      // Only the root's entities are read with their relationships (summaries and criteria have none).
      if (level !== 'root') return;
      const keys = need.kind === 'links' ? pieceKeys(need.spec) : linksArgumentPieces(field, walk.variables);
      plan.links.push(...keys);
      const child: PlannedType = need.kind === 'links' ? need.child : 'Link';
      // Criteria come in their stored order, which is one of their scalars.
      if (child === 'Criterion') plan.criterion.scalars = true;
      if (field.selectionSet) visit(walk, child, field.selectionSet, child === 'Criterion' ? 'criterion' : 'other');
      return;
    }
  }
}

function visit(walk: Walk, typeName: string, selectionSet: SelectionSetNode, level: Level): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'InlineFragment') {
      visit(walk, selection.typeCondition?.name.value ?? typeName, selection.selectionSet, level);
    } else if (selection.kind === 'FragmentSpread') {
      const fragment = walk.fragments[selection.name.value];
      if (fragment) visit(walk, fragment.typeCondition.name.value, fragment.selectionSet, level);
    } else if (selection.name.value !== '__typename') {
      const need = needOf(typeName, selection.name.value);
      // A field the tables do not know reads nothing extra; field-needs.test.ts keeps them complete.
      if (need) apply(walk, level, need, selection);
    }
  }
}

/**
 * The plan for the entities a field returns. `path` leads from the field to the entities (for a
 * connection: ['nodes']); a `totalCount` beside them asks for the total.
 */
export function planFromInfo(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'variableValues'>, entityType: NeedsType | 'Entity' | 'Node', path: readonly string[] = []): ReadPlan {
  const walk: Walk = { plan: emptyPlan(), fragments: info.fragments, variables: info.variableValues };
  for (const fieldNode of info.fieldNodes) {
    if (!fieldNode.selectionSet) continue;
    if (path.length > 0 && hasField(walk, fieldNode.selectionSet, 'totalCount')) walk.plan.total = true;
    let sets = [fieldNode.selectionSet];
    for (const step of path) sets = sets.flatMap((set) => fieldsNamed(walk, set, step));
    for (const set of sets) visit(walk, entityType, set, 'root');
  }
  walk.plan.links = [...new Set(walk.plan.links)].sort();
  return walk.plan;
}

/** Selection sets of the fields with this name (through fragments). */
function fieldsNamed(walk: Walk, set: SelectionSetNode, name: string): SelectionSetNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name && selection.selectionSet ? [selection.selectionSet] : [];
    const inner = selection.kind === 'InlineFragment' ? selection.selectionSet : walk.fragments[selection.name.value]?.selectionSet;
    return inner ? fieldsNamed(walk, inner, name) : [];
  });
}

function hasField(walk: Walk, set: SelectionSetNode, name: string): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name;
    const inner = selection.kind === 'InlineFragment' ? selection.selectionSet : walk.fragments[selection.name.value]?.selectionSet;
    return inner ? hasField(walk, inner, name) : false;
  });
}
