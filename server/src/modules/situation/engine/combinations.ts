/**
 * Combination plans from the typed relations. A plan is a short ordered list of instruments that
 * apply together, built around one anchor (an instrument the household asked for or needs):
 *
 * 1. Steps come only from relations the caller kept for this household (see `relationsThatFit`):
 *    a relation whose `appliesWhen` is NOT_MET never brings in a step nor gives a reason.
 * 2. Partners of the anchor, most relevant first: the anchor's own preconditions (PRECONDITION_FOR
 *    into it), then its own patterns (COMBINES_WITH from it, PRECONDITION_FOR from it), each by the
 *    order of the assessments. A COMBINES_WITH pointing *at* the anchor (the anchor is an add-on in
 *    another instrument's pattern: § 6-bistand → startlån) brings nothing into the anchor's plan;
 *    that other instrument, when it matters to the household, is an anchor with a plan of its own.
 *    Only the anchor's own relations bring in steps: a partner's further links do not (a plan is
 *    a star around its anchor, never a chain through the relation graph).
 * 3. EXCLUDES ("not both for the same need": the ordinary starter loan or the first-time-buyer trial,
 *    rent-to-own or buying now) splits the candidates into alternatives; the anchor always stays,
 *    and each alternative is a plan of its own. What a plan leaves out that way is in `leftOut`.
 * 4. At most MAX_STEPS steps, filled in that order of relevance.
 * 5. PRECONDITION_FOR (between any two steps) orders the steps; otherwise the anchor first, then the partners in order of
 *    relevance. Each step carries its own reason: the precondition that orders it, else the
 *    relation that brought it in, else a relation to an earlier step.
 *
 * Repeated plans and plans contained in another are dropped. Only instruments that are not
 * UNLIKELY take part. The work is linear in the anchors and their relations (plus a capped
 * branching per exclusion inside one plan).
 */
import { pickText } from '../../common/lang.ts';
import { evaluateCondition } from './condition.ts';
import { NO_LIMITS, type Limits } from './limits.ts';
import type { CandidateActor, CandidateInstrument, CandidateRelation, Combination, CombinationStep, Condition, Facts, Lang, LeftOut, StepOwner } from './types.ts';

/** Enough alternatives for any real plan; stops a pathological graph from branching without end. */
const MAX_ALTERNATIVES = 16;
/** A plan a household can follow across the table: the anchor and at most four more. */
export const MAX_STEPS = 5;

type Ids = ReadonlySet<string>;

/**
 * The relations whose reason fits the household: those without `appliesWhen`, and those whose
 * condition is MET or still UNKNOWN (an unanswered fact does not hide a plan). NOT_MET ones ("owner
 * at risk of forced sale" for a tenant) are left out, so they give neither a step nor a reason.
 */
export function relationsThatFit<R extends { appliesWhen?: Condition | null | undefined }>(relations: readonly R[], facts: Facts, limits: Limits = NO_LIMITS): R[] {
  return relations.filter((relation) => !relation.appliesWhen || evaluateCondition(relation.appliesWhen, facts, limits) !== 'NOT_MET');
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
 * Order of application: PRECONDITION_FOR first (Kahn's algorithm). Among the steps whose
 * preconditions are done, one that another open step still leads to (a `soft` edge: COMBINES_WITH
 * from the base of a pattern to its add-on, kommunal utleiebolig → bo-oppfølging) waits, then the
 * lowest `rank` goes first. A cycle in the data cannot stop the plan: the rest follows by rank.
 */
export function orderSteps(
  members: readonly string[],
  preconditions: readonly CandidateRelation[],
  rank: (id: string) => number,
  soft: readonly CandidateRelation[] = [],
): string[] {
  const waiting = new Map(members.map((id) => [id, 0]));
  const next = new Map<string, string[]>();
  for (const edge of preconditions) {
    waiting.set(edge.to, (waiting.get(edge.to) ?? 0) + 1);
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const open = new Set(members);
  const led = (id: string): boolean => soft.some((edge) => edge.to === id && edge.from !== id && open.has(edge.from));
  const ordered: string[] = [];
  while (open.size > 0) {
    const ready = [...open].filter((id) => waiting.get(id) === 0);
    const step = lowestRank(ready.filter((id) => !led(id)), rank) ?? lowestRank(ready, rank) ?? lowestRank([...open], rank);
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
  /** Instruments that are not UNLIKELY, in the order of the assessments (most relevant first). */
  viable: readonly CandidateInstrument[];
  /** The relations in force whose `appliesWhen` fits the household (see `relationsThatFit`). */
  relations: readonly CandidateRelation[];
  lang: Lang;
  /**
   * Instruments to build plans around, e.g. those the household asked for or needs. Every viable
   * instrument when left out.
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

const isExclusion = (relation: CandidateRelation): boolean => relation.type === 'EXCLUDES';
const isPrecondition = (relation: CandidateRelation): boolean => relation.type === 'PRECONDITION_FOR';

interface PlanContext {
  lang: Lang;
  rank: (id: string) => number;
  index: RelationIndex;
  viable: ReadonlyMap<string, CandidateInstrument>;
  joinable: Ids;
}

/** An instrument a plan may take in next to its anchor, with what brings it in. */
interface Partner {
  id: string;
  /** 0: a precondition of the anchor; 1: one of the anchor's own patterns. */
  tier: number;
  via: CandidateRelation;
}

/** A plan before it is written out: its members in order of relevance, and why each one is there. */
interface Draft {
  anchor: string;
  /** The anchor first, then the partners in the order they were taken in. */
  members: string[];
  broughtBy: ReadonlyMap<string, CandidateRelation>;
}

function partnersOf(anchor: string, context: PlanContext): Partner[] {
  const { index, joinable, rank } = context;
  const found = new Map<string, Partner>();
  const offer = (partner: Partner): void => {
    if (partner.id === anchor || !joinable.has(partner.id)) return;
    const known = found.get(partner.id);
    if (!known || partner.tier < known.tier) found.set(partner.id, partner);
  };
  for (const relation of index.get(anchor) ?? []) {
    const outgoing = relation.from === anchor;
    if (isPrecondition(relation)) offer({ id: outgoing ? relation.to : relation.from, tier: outgoing ? 1 : 0, via: relation });
    else if (!isExclusion(relation) && outgoing) offer({ id: relation.to, tier: 1, via: relation });
  }
  return [...found.values()].sort((a, b) => a.tier - b.tier || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Fills one alternative up to MAX_STEPS with the partners it allows, most relevant first. */
function fill(anchor: string, partners: readonly Partner[], allowed: Ids): Draft {
  const taken = partners.filter((partner) => allowed.has(partner.id)).slice(0, MAX_STEPS - 1);
  return { anchor, members: [anchor, ...taken.map((partner) => partner.id)], broughtBy: new Map(taken.map((partner) => [partner.id, partner.via])) };
}

/** Plans for one anchor: its partners, split at exclusions, each cut to at most MAX_STEPS. */
function plansAround(anchor: string, context: PlanContext): Draft[] {
  const partners = partnersOf(anchor, context);
  if (partners.length === 0) return [];
  const pool = new Set([anchor, ...partners.map((partner) => partner.id)]);
  const exclusions = [...new Set([...pool].flatMap((id) => context.index.get(id) ?? []))].filter(isExclusion);
  return alternatives(pool, anchor, exclusions, new Set())
    .map((allowed) => fill(anchor, partners, allowed))
    .filter((draft) => draft.members.length >= 2);
}

/** Drops repeated plans (keeping the first, the one around the most relevant anchor) and plans inside a larger one. */
function withoutRepeats(drafts: readonly Draft[]): Draft[] {
  const byMembers = new Map<string, Draft>();
  for (const draft of drafts) {
    const key = [...draft.members].sort().join('|');
    if (!byMembers.has(key)) byMembers.set(key, draft);
  }
  const unique = [...byMembers.values()];
  return unique.filter((draft) => !unique.some((other) => other !== draft && isSubset(draft.members, other.members)));
}

/**
 * The relation that explains a step, each relation used for one step only: a precondition from an
 * earlier step (why here), else the relation that brought it in (why at all), else another relation
 * with an earlier step. Null for an anchor that nothing else explains: the household asked for it or
 * needs it (the assessment's reasons say so).
 */
function reasonFor(id: string, draft: Draft, within: readonly CandidateRelation[], position: (id: string) => number, used: ReadonlySet<string>): CandidateRelation | null {
  const unused = within.filter((relation) => (relation.from === id || relation.to === id) && !used.has(relation.id));
  const ordering = unused.find((relation) => isPrecondition(relation) && relation.to === id);
  if (ordering) return ordering;
  if (id === draft.anchor) return null;
  const brought = draft.broughtBy.get(id);
  if (brought && unused.includes(brought)) return brought;
  return unused.find((relation) => position(relation.from === id ? relation.to : relation.from) < position(id)) ?? null;
}

function writeOut(draft: Draft, context: PlanContext): Combination {
  const { index, viable, lang } = context;
  const inPlan = new Set(draft.members);
  const relevance = new Map(draft.members.map((id, place) => [id, place]));
  const touching = [...new Set(draft.members.flatMap((id) => index.get(id) ?? []))];
  const within = touching.filter((relation) => !isExclusion(relation) && inPlan.has(relation.from) && inPlan.has(relation.to));
  const preconditions = within.filter(isPrecondition);
  const patterns = within.filter((relation) => relation.type === 'COMBINES_WITH' && relation.to !== draft.anchor);
  const order = orderSteps(draft.members, preconditions, (id) => relevance.get(id) ?? Number.MAX_SAFE_INTEGER, patterns);
  const positions = new Map(order.map((id, place) => [id, place]));
  const position = (id: string): number => positions.get(id) ?? -1;
  const used = new Set<string>();
  const steps: CombinationStep[] = order.map((id, place) => {
    const reason = reasonFor(id, draft, within, position, used);
    if (reason) used.add(reason.id);
    const text = reason ? pickText(reason.rationale, lang) : null;
    return {
      position: place + 1,
      instrumentId: id,
      anchor: id === draft.anchor,
      after: preconditions.filter((edge) => edge.to === id).map((edge) => edge.from),
      reason: text ? sentence(text.text) : null,
      reasonLanguage: text ? text.lang : null,
      reasonRelationId: reason?.id ?? null,
      reasonSourceIds: reason?.sourceIds ?? [],
      owners: ownersOf(viable.get(id)?.actors ?? [], lang),
    };
  });
  const sorted = [...within].sort((a, b) => position(a.from) - position(b.from) || position(a.to) - position(b.to) || a.id.localeCompare(b.id));
  const rationales = [...new Set(sorted.map((relation) => sentence(pickText(relation.rationale, lang).text)))];
  const leftOut: LeftOut[] = touching
    .filter(isExclusion)
    .flatMap((relation) => [
      { member: relation.from, other: relation.to, relation },
      { member: relation.to, other: relation.from, relation },
    ])
    .filter(({ member, other }) => inPlan.has(member) && !inPlan.has(other) && viable.has(other))
    .filter(({ other }, place, all) => all.findIndex((left) => left.other === other) === place)
    .map(({ member, other, relation }) => {
      const reason = pickText(relation.rationale, lang);
      return { instrumentId: other, relationId: relation.id, excludedBy: member, reason: sentence(reason.text), language: reason.lang, sourceIds: relation.sourceIds };
    });
  return {
    anchorId: draft.anchor,
    instrumentIds: order,
    steps,
    rationale: rationales.join(' '),
    rationales,
    relationIds: sorted.map((relation) => relation.id),
    sourceIds: [...new Set(sorted.flatMap((relation) => relation.sourceIds))],
    leftOut,
  };
}

export function buildCombinations(input: CombinationInput): Combination[] {
  const ranks = new Map(input.viable.map((instrument, position) => [instrument.id, position]));
  const rank = (id: string): number => ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  const viable = new Set(ranks.keys());
  const anchors = [...new Set(input.anchors ?? viable)].filter((id) => viable.has(id));
  const context: PlanContext = {
    lang: input.lang,
    rank,
    index: indexRelations(input.relations),
    viable: new Map(input.viable.map((instrument) => [instrument.id, instrument])),
    joinable: new Set((input.joinable ?? [...viable]).filter((id) => viable.has(id))),
  };
  const drafts = anchors.sort((a, b) => rank(a) - rank(b)).flatMap((anchor) => plansAround(anchor, context));
  return withoutRepeats(drafts)
    .map((draft) => writeOut(draft, context));
}
