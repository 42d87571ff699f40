/**
 * Combination plans from the typed relations. A plan starts from an anchor (an instrument that
 * serves what the household asked for) and takes in the instruments directly linked to it by
 * COMBINES_WITH or PRECONDITION_FOR (either direction): star-shaped plans stay readable even when
 * the relation graph is dense, where whole connected components would chain a dozen instruments.
 * EXCLUDES splits a plan into alternatives (the anchor always stays), so two instruments that
 * exclude each other never share one; PRECONDITION_FOR orders the steps. Only instruments that are
 * not UNLIKELY take part. The work is linear in the anchors and their relations (plus a capped
 * branching per exclusion inside one plan).
 */
import { pickText } from '../../common/lang.ts';
import type { CandidateActor, CandidateInstrument, CandidateRelation, Combination, CombinationStep, Lang, LeftOut, StepOwner } from './types.ts';

/** Enough alternatives for any real plan; stops a pathological graph from branching without end. */
const MAX_ALTERNATIVES = 16;

type Ids = ReadonlySet<string>;

/** Connected groups of two or more instruments, joined by the linking relations among `members`. */
export function linkedGroups(members: Ids, links: readonly CandidateRelation[]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  for (const link of links) {
    if (!members.has(link.from) || !members.has(link.to)) continue;
    if (!parent.has(link.from)) parent.set(link.from, link.from);
    if (!parent.has(link.to)) parent.set(link.to, link.to);
    parent.set(root(link.from), root(link.to));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()].filter((group) => group.length >= 2);
}

/** Splits a group at each exclusion inside it: one alternative without either side, never without the anchor. */
function alternatives(group: Ids, anchor: string, exclusions: readonly CandidateRelation[], seen: Set<string>): Ids[] {
  const key = [...group].sort().join('|');
  if (seen.has(key) || seen.size >= MAX_ALTERNATIVES) return [];
  seen.add(key);
  const clash = exclusions.find((exclusion) => group.has(exclusion.from) && group.has(exclusion.to));
  if (!clash) return [group];
  const without = (id: string): Ids => new Set([...group].filter((member) => member !== id));
  return [clash.to, clash.from].filter((side) => side !== anchor).flatMap((side) => alternatives(without(side), anchor, exclusions, seen));
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length < large.length && small.every((id) => large.includes(id));
}

/**
 * Order of application: PRECONDITION_FOR first (Kahn's algorithm), ties by `rank` (the order of the
 * assessments: LIKELY first). A cycle in the data cannot stop the plan: the rest follows by rank.
 */
export function orderSteps(members: readonly string[], preconditions: readonly CandidateRelation[], rank: (id: string) => number): string[] {
  const waiting = new Map(members.map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const edge of preconditions) {
    waiting.set(edge.to, (waiting.get(edge.to) ?? 0) + 1);
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const open = new Set(members);
  const ordered: string[] = [];
  while (open.size > 0) {
    const step = lowestRank([...open].filter((id) => waiting.get(id) === 0), rank) ?? lowestRank([...open], rank);
    if (step === undefined) break;
    open.delete(step);
    ordered.push(step);
    for (const after of next.get(step) ?? []) waiting.set(after, (waiting.get(after) ?? 1) - 1);
  }
  return ordered;
}

function lowestRank(ids: readonly string[], rank: (id: string) => number): string | undefined {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || rank(id) < rank(best)) best = id;
  return best;
}

function ownersOf(actors: readonly CandidateActor[], lang: Lang): StepOwner[] {
  return actors.map((actor) => {
    const name = pickText(actor.name, lang);
    return { actorId: actor.id, role: actor.role, name: name.text, language: name.lang };
  });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface CombinationInput {
  /** Instruments that are not UNLIKELY, in the order of the assessments. */
  viable: readonly CandidateInstrument[];
  relations: readonly CandidateRelation[];
  lang: Lang;
  /**
   * Instruments to build plans around, e.g. those serving a goal the household named. Every
   * viable instrument when left out.
   */
  anchors?: readonly string[] | undefined;
  /**
   * Instruments a plan may take in besides its anchor, e.g. those not waiting on an unknown fact.
   * Every viable instrument when left out.
   */
  joinable?: readonly string[] | undefined;
}

/** Relations by the instruments they touch, so each plan reads only its own relations. */
type RelationIndex = ReadonlyMap<string, readonly CandidateRelation[]>;

function indexRelations(relations: readonly CandidateRelation[]): RelationIndex {
  const index = new Map<string, CandidateRelation[]>();
  for (const relation of relations) {
    for (const id of [relation.from, relation.to]) index.set(id, [...(index.get(id) ?? []), relation]);
  }
  return index;
}

interface PlanContext {
  lang: Lang;
  rank: (id: string) => number;
  index: RelationIndex;
  viable: ReadonlyMap<string, CandidateInstrument>;
}

function buildCombination(members: readonly string[], context: PlanContext): Combination {
  const { rank, index, viable } = context;
  const inPlan = new Set(members);
  const touching = [...new Set(members.flatMap((id) => index.get(id) ?? []))];
  const within = touching.filter((relation) => relation.type !== 'EXCLUDES' && inPlan.has(relation.from) && inPlan.has(relation.to));
  const preconditions = within.filter((relation) => relation.type === 'PRECONDITION_FOR');
  const order = orderSteps(members, preconditions, rank);
  const positions = new Map(order.map((id, index) => [id, index]));
  const position = (id: string): number => positions.get(id) ?? -1;
  const steps: CombinationStep[] = order.map((id, index) => ({
    position: index + 1,
    instrumentId: id,
    after: preconditions.filter((edge) => edge.to === id).map((edge) => edge.from),
    owners: ownersOf(viable.get(id)?.actors ?? [], context.lang),
  }));
  const sorted = [...within].sort((a, b) => position(a.from) - position(b.from) || position(a.to) - position(b.to));
  const rationales = [...new Set(sorted.map((relation) => sentence(pickText(relation.rationale, context.lang).text)))];
  const leftOut: LeftOut[] = touching
    .filter((relation) => relation.type === 'EXCLUDES')
    .flatMap((relation) => [
      { member: relation.from, other: relation.to, relation },
      { member: relation.to, other: relation.from, relation },
    ])
    .filter(({ member, other }) => inPlan.has(member) && !inPlan.has(other) && viable.has(other))
    .map(({ member, other, relation }) => ({ instrumentId: other, relationId: relation.id, excludedBy: member }));
  return {
    instrumentIds: order,
    steps,
    rationale: rationales.join(' '),
    rationales,
    relationIds: sorted.map((relation) => relation.id),
    sourceIds: [...new Set(sorted.flatMap((relation) => relation.sourceIds))],
    leftOut,
  };
}

/** The relations of one type family that touch any member of a group, each once. */
function relationsOf(group: readonly string[], index: RelationIndex, wanted: (relation: CandidateRelation) => boolean): CandidateRelation[] {
  return [...new Set(group.flatMap((id) => index.get(id) ?? []))].filter(wanted);
}

const isLink = (relation: CandidateRelation): boolean => relation.type !== 'EXCLUDES';
const isExclusion = (relation: CandidateRelation): boolean => relation.type === 'EXCLUDES';

/** The anchor and every viable instrument one link away from it. */
function starAround(anchor: string, index: RelationIndex, joinable: Ids): string[] {
  const neighbours = (index.get(anchor) ?? []).filter(isLink).map((link) => (link.from === anchor ? link.to : link.from));
  return [...new Set([anchor, ...neighbours.filter((id) => joinable.has(id))])];
}

/** Plans for one anchor: its star, split at exclusions, each still linked to the anchor. */
function plansAround(anchor: string, index: RelationIndex, joinable: Ids): string[][] {
  const star = starAround(anchor, index, joinable);
  if (star.length < 2) return [];
  const links = relationsOf(star, index, isLink);
  const exclusions = relationsOf(star, index, isExclusion);
  return alternatives(new Set(star), anchor, exclusions, new Set())
    .flatMap((members) => linkedGroups(members, links))
    .filter((members) => members.includes(anchor));
}

/** Drops repeated plans and plans inside a larger one (which must then hold the smaller one's first step). */
function withoutRepeats(plans: readonly string[][]): string[][] {
  const unique = [...new Map(plans.map((members) => [[...members].sort().join('|'), members])).values()];
  const holding = new Map<string, string[][]>();
  for (const plan of unique) for (const id of plan) holding.set(id, [...(holding.get(id) ?? []), plan]);
  return unique.filter((plan) => !(holding.get(plan[0] as string) ?? []).some((other) => isSubset(plan, other)));
}

export function buildCombinations(input: CombinationInput): Combination[] {
  const ranks = new Map(input.viable.map((instrument, position) => [instrument.id, position]));
  const rank = (id: string): number => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const index = indexRelations(input.relations);
  const context: PlanContext = { lang: input.lang, rank, index, viable: new Map(input.viable.map((instrument) => [instrument.id, instrument])) };
  const viable = new Set(ranks.keys());
  const anchors = (input.anchors ?? [...viable]).filter((id) => viable.has(id));
  const joinable = new Set((input.joinable ?? [...viable]).filter((id) => viable.has(id)));
  const plans = anchors.flatMap((anchor) => plansAround(anchor, index, joinable)).map((members) => members.sort((a, b) => rank(a) - rank(b)));
  return withoutRepeats(plans)
    .sort((a, b) => rank(a[0] as string) - rank(b[0] as string) || b.length - a.length)
    .map((members) => buildCombination(members, context));
}
