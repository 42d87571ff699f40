/**
 * What each GraphQL field of the entity types needs read from the graph: a property group, the
 * name periods, the details, relationships of given types and directions, or cited sources. The
 * read plan (read-plan.ts) is the union of the needs of the fields a query selects; the resolvers
 * read the same relationship specs (`LINKS`), so a field can never read a relationship its plan
 * did not ask for. The tables are typed against the generated resolver types: a field added to
 * the SDL without a need here does not compile.
 */
import type {
  ActorResolvers,
  CriterionResolvers,
  EntitySummaryResolvers,
  GoalResolvers,
  InstrumentDetailResolvers,
  InstrumentResolvers,
  LegalBasisResolvers,
  LinkResolvers,
  NamePeriodResolvers,
  SourceResolvers,
  SourceVerificationResolvers,
  StrategyResolvers,
  TargetGroupResolvers,
} from '../../generated/graphql.ts';
import { LINK_TYPES, RELATION_TYPES, type LinkType } from '../../vocabulary/index.ts';

/** Relationship types the read path expands, each in both directions (a piece each in cypher/entity/find-entities). */
export const ENTITY_LINK_TYPES = LINK_TYPES;
export type EntityLinkType = LinkType;
export type Direction = 'OUT' | 'IN';

/** Relationships of some types in one direction; the piece keys are 'TYPE>' and '<TYPE'. */
export interface LinkSpec {
  types: readonly EntityLinkType[];
  direction: Direction | null;
}

export const pieceKeys = (spec: LinkSpec): string[] =>
  spec.types.flatMap((type) => (spec.direction === 'OUT' ? [`${type}>`] : spec.direction === 'IN' ? [`<${type}`] : [`${type}>`, `<${type}`]));

const out = (...types: EntityLinkType[]): LinkSpec => ({ types, direction: 'OUT' });
const into = (...types: EntityLinkType[]): LinkSpec => ({ types, direction: 'IN' });

/** Property groups of an entity read as a whole (the `CASE WHEN $plan.node.<group>` pieces). */
export type PropertyGroup = 'about' | 'texts' | 'scalars' | 'source';

/** Types whose selection is planned further (the child of a field). */
export type PlannedType = 'Entity' | 'Criterion' | 'EntitySummary' | 'Link' | 'Source' | 'NamePeriod' | 'InstrumentDetail' | 'SourceVerification';

export type Need =
  | { kind: 'none' }
  | { kind: 'group'; group: PropertyGroup }
  /** The name in force at `asOf` (name periods) and the text fields in two languages. */
  | { kind: 'names'; texts?: boolean; child?: PlannedType }
  | { kind: 'links'; spec: LinkSpec; child: PlannedType }
  /** `links(types:, direction:)`: the pieces come from the arguments. */
  | { kind: 'linksArgument' }
  | { kind: 'details'; child?: PlannedType }
  | { kind: 'sources' }
  /** Every property of a relationship (Link fields beyond type, direction and validity). */
  | { kind: 'relationship'; sources?: boolean }
  | { kind: 'child'; child: PlannedType };

const none: Need = { kind: 'none' };
const about: Need = { kind: 'group', group: 'about' };
const texts: Need = { kind: 'group', group: 'texts' };
const scalars: Need = { kind: 'group', group: 'scalars' };
const source: Need = { kind: 'group', group: 'source' };
const names: Need = { kind: 'names' };
const details: Need = { kind: 'details', child: 'InstrumentDetail' };
const summaries = (spec: LinkSpec): Need => ({ kind: 'links', spec, child: 'EntitySummary' });
const links = (spec: LinkSpec): Need => ({ kind: 'links', spec, child: 'Link' });

type Fields<R> = Record<Exclude<keyof R, '__isTypeOf' | '__resolveType'>, Need>;

/** Fields of the Entity interface, shared by every entity type. */
const ENTITY = {
  id: none,
  // Read with the id, always: an editor's change names the version it was drafted against.
  version: none,
  type: none,
  name: names,
  abbreviation: names,
  description: texts,
  validFrom: about,
  validTo: about,
  inForce: about,
  confidence: about,
  note: texts,
  sources: { kind: 'sources' },
  missingTranslations: { kind: 'names', texts: true },
  links: { kind: 'linksArgument' },
} satisfies Record<string, Need>;

/** Typed relations between instruments, and the successor an ended one was replaced by. */
export const INSTRUMENT_RELATIONS = out(...RELATION_TYPES, 'REPLACED_BY');
export const ACTOR_ROLES = into('FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO');

/** The relationship each link field of an entity type reads; the resolvers read these too. */
export const LINKS = {
  Instrument: {
    applyTo: out('APPLIES_TO'),
    appealBodies: out('APPEALS_TO'),
    fundedBy: out('FUNDED_BY'),
    administeredBy: out('ADMINISTERED_BY'),
    decidedBy: out('DECIDED_BY'),
    deliveredBy: out('DELIVERED_BY'),
    legalBases: out('BASED_ON'),
    targetGroups: out('TARGETS'),
    goals: out('SERVES_GOAL'),
    criteria: out('REQUIRES'),
    // Relations to other instruments, both directions.
    relatedInstruments: { types: INSTRUMENT_RELATIONS.types, direction: null },
    replacedBy: out('REPLACED_BY'),
  },
  Actor: {
    memberOf: into('HAS_MEMBER'),
    coordinates: into('COORDINATED_BY', 'PUBLISHED_BY'),
    answersTo: out('ANSWERS_TO'),
    responsibleFor: into('ANSWERS_TO'),
    instruments: ACTOR_ROLES,
    strategies: into('COMMITTED_BY'),
    replacedBy: out('REPLACED_BY'),
  },
  TargetGroup: {
    instruments: into('TARGETS'),
    strategies: into('PRIORITISES'),
    subgroupOf: out('SUBGROUP_OF'),
    subgroups: into('SUBGROUP_OF'),
  },
  Goal: {
    instruments: into('SERVES_GOAL'),
    strategies: into('HAS_GOAL'),
  },
  Strategy: {
    goals: out('HAS_GOAL'),
    committedBy: out('COMMITTED_BY'),
    targetGroups: out('PRIORITISES'),
    replacedBy: out('REPLACED_BY'),
    partOf: out('PART_OF'),
    parts: into('PART_OF'),
    follows: out('FOLLOWS'),
    followedBy: into('FOLLOWS'),
    coordinatedBy: out('COORDINATED_BY'),
    publishedBy: out('PUBLISHED_BY'),
    members: out('HAS_MEMBER'),
  },
  LegalBasis: {
    instruments: into('BASED_ON'),
    ownedBy: out('OWNED_BY'),
    replacedBy: out('REPLACED_BY'),
  },
} as const satisfies Record<string, Record<string, LinkSpec>>;

export const FIELD_NEEDS = {
  Instrument: {
    ...ENTITY,
    slug: none,
    kinds: about,
    supplySide: about,
    howToApply: texts,
    noLegalBasisNote: texts,
    documents: details,
    documentsToBring: details,
    applicationPage: details,
    informationPage: details,
    processingTime: details,
    appealDeadline: details,
    missingDetails: details,
    applyTo: summaries(LINKS.Instrument.applyTo),
    appealBodies: summaries(LINKS.Instrument.appealBodies),
    fundedBy: summaries(LINKS.Instrument.fundedBy),
    administeredBy: summaries(LINKS.Instrument.administeredBy),
    decidedBy: summaries(LINKS.Instrument.decidedBy),
    deliveredBy: summaries(LINKS.Instrument.deliveredBy),
    legalBases: summaries(LINKS.Instrument.legalBases),
    targetGroups: summaries(LINKS.Instrument.targetGroups),
    goals: summaries(LINKS.Instrument.goals),
    criteria: { kind: 'links', spec: LINKS.Instrument.criteria, child: 'Criterion' },
    relatedInstruments: links(LINKS.Instrument.relatedInstruments),
    replacedBy: summaries(LINKS.Instrument.replacedBy),
    nameHistory: { kind: 'names', child: 'NamePeriod' },
  } satisfies Fields<InstrumentResolvers>,
  Criterion: {
    ...ENTITY,
    instrumentId: scalars,
    required: scalars,
    discretionary: scalars,
    checkable: scalars,
    whyNot: texts,
    thresholdYear: scalars,
  } satisfies Fields<CriterionResolvers>,
  Actor: {
    ...ENTITY,
    kind: about,
    municipalityNumber: scalars,
    url: scalars,
    memberOf: summaries(LINKS.Actor.memberOf),
    coordinates: summaries(LINKS.Actor.coordinates),
    answersTo: summaries(LINKS.Actor.answersTo),
    responsibleFor: summaries(LINKS.Actor.responsibleFor),
    instruments: links(LINKS.Actor.instruments),
    strategies: summaries(LINKS.Actor.strategies),
    nameHistory: { kind: 'names', child: 'NamePeriod' },
    replacedBy: summaries(LINKS.Actor.replacedBy),
  } satisfies Fields<ActorResolvers>,
  TargetGroup: {
    ...ENTITY,
    instruments: summaries(LINKS.TargetGroup.instruments),
    strategies: summaries(LINKS.TargetGroup.strategies),
    subgroupOf: summaries(LINKS.TargetGroup.subgroupOf),
    subgroups: summaries(LINKS.TargetGroup.subgroups),
  } satisfies Fields<TargetGroupResolvers>,
  Goal: {
    ...ENTITY,
    kind: about,
    instruments: summaries(LINKS.Goal.instruments),
    strategies: summaries(LINKS.Goal.strategies),
  } satisfies Fields<GoalResolvers>,
  Strategy: {
    ...ENTITY,
    kind: about,
    url: scalars,
    goals: summaries(LINKS.Strategy.goals),
    committedBy: summaries(LINKS.Strategy.committedBy),
    targetGroups: summaries(LINKS.Strategy.targetGroups),
    replacedBy: summaries(LINKS.Strategy.replacedBy),
    partOf: summaries(LINKS.Strategy.partOf),
    parts: summaries(LINKS.Strategy.parts),
    follows: summaries(LINKS.Strategy.follows),
    followedBy: summaries(LINKS.Strategy.followedBy),
    coordinatedBy: summaries(LINKS.Strategy.coordinatedBy),
    publishedBy: summaries(LINKS.Strategy.publishedBy),
    members: summaries(LINKS.Strategy.members),
  } satisfies Fields<StrategyResolvers>,
  LegalBasis: {
    ...ENTITY,
    kind: about,
    reference: scalars,
    url: scalars,
    instruments: summaries(LINKS.LegalBasis.instruments),
    ownedBy: summaries(LINKS.LegalBasis.ownedBy),
    replacedBy: summaries(LINKS.LegalBasis.replacedBy),
  } satisfies Fields<LegalBasisResolvers>,
  /** A source asked for by itself (`node`, `sources`); a cited source is always read whole. */
  Source: {
    id: none,
    version: none,
    title: source,
    publisher: source,
    url: source,
    compiledOn: source,
    verification: { kind: 'group', group: 'source' },
    verified: source,
    urlFlag: source,
    checkedOn: source,
    confidence: about,
    note: source,
  } satisfies Fields<SourceResolvers>,
  EntitySummary: {
    id: none,
    type: none,
    name: names,
    abbreviation: names,
    kind: none,
    validFrom: none,
    validTo: none,
    inForce: none,
  } satisfies Fields<EntitySummaryResolvers>,
  Link: {
    type: none,
    direction: none,
    entity: { kind: 'child', child: 'EntitySummary' },
    validFrom: none,
    validTo: none,
    confidence: { kind: 'relationship' },
    rationale: { kind: 'relationship' },
    relationId: none,
    note: { kind: 'relationship' },
    sources: { kind: 'relationship', sources: true },
  } satisfies Fields<LinkResolvers>,
  NamePeriod: {
    name: none,
    abbreviation: none,
    validFrom: none,
    validTo: none,
    sources: { kind: 'sources' },
  } satisfies Fields<NamePeriodResolvers>,
  InstrumentDetail: {
    kind: none,
    text: none,
    url: none,
    title: none,
    fallback: none,
    confidence: none,
    note: none,
    sources: { kind: 'sources' },
  } satisfies Fields<InstrumentDetailResolvers>,
  SourceVerification: {
    verifiedOn: none,
    against: none,
    copy: none,
    copyDate: none,
    readUrl: none,
    note: none,
  } satisfies Fields<SourceVerificationResolvers>,
} as const;

export type NeedsType = keyof typeof FIELD_NEEDS;

/** The fields any entity answers, for selections on the Entity and Node interfaces. */
export const INTERFACE_NEEDS: Record<string, Need> = ENTITY;
