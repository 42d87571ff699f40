/**
 * Relationship types: which seed field becomes which relationship (link fields), what the pipeline
 * writes besides them (structural types), and the named subsets that modules and Cypher read.
 */
import { ENTITY_LABELS, type EntityLabel, type NodeLabel } from './labels.ts';

interface LinkFieldSpec {
  type: string;
  targets: readonly NodeLabel[];
}

const linkFields = {
  Actor: {
    answersTo: { type: 'ANSWERS_TO', targets: ['Actor'] },
    partOf: { type: 'PART_OF', targets: ['Actor'] },
    replacedBy: { type: 'REPLACED_BY', targets: ['Actor'] },
  },
  LegalBasis: {
    ownedBy: { type: 'OWNED_BY', targets: ['Actor'] },
    partOf: { type: 'PART_OF', targets: ['LegalBasis'] },
    replacedBy: { type: 'REPLACED_BY', targets: ['LegalBasis'] },
  },
  TargetGroup: { subgroupOf: { type: 'SUBGROUP_OF', targets: ['TargetGroup'] } },
  Strategy: {
    goals: { type: 'HAS_GOAL', targets: ['Goal'] },
    committedBy: { type: 'COMMITTED_BY', targets: ['Actor'] },
    prioritises: { type: 'PRIORITISES', targets: ['TargetGroup'] },
    replacedBy: { type: 'REPLACED_BY', targets: ['Strategy'] },
    partOf: { type: 'PART_OF', targets: ['Strategy'] },
    follows: { type: 'FOLLOWS', targets: ['Strategy'] },
    coordinatedBy: { type: 'COORDINATED_BY', targets: ['Actor'] },
    publishedBy: { type: 'PUBLISHED_BY', targets: ['Actor'] },
    members: { type: 'HAS_MEMBER', targets: ['Actor'] },
  },
  Notice: { contacts: { type: 'CONTACT', targets: ['Actor'] } },
  Instrument: {
    fundedBy: { type: 'FUNDED_BY', targets: ['Actor'] },
    administeredBy: { type: 'ADMINISTERED_BY', targets: ['Actor'] },
    decidedBy: { type: 'DECIDED_BY', targets: ['Actor'] },
    deliveredBy: { type: 'DELIVERED_BY', targets: ['Actor'] },
    applyTo: { type: 'APPLIES_TO', targets: ['Actor'] },
    appealsTo: { type: 'APPEALS_TO', targets: ['Actor'] },
    basedOn: { type: 'BASED_ON', targets: ['LegalBasis'] },
    targets: { type: 'TARGETS', targets: ['TargetGroup'] },
    servesGoals: { type: 'SERVES_GOAL', targets: ['Goal'] },
    replacedBy: { type: 'REPLACED_BY', targets: ['Instrument'] },
  },
} as const satisfies Partial<Record<NodeLabel, Record<string, LinkFieldSpec>>>;

type LinkFields = typeof linkFields;
type FieldTypes<L extends keyof LinkFields> = { [F in keyof LinkFields[L]]: LinkFields[L][F] extends { type: infer T } ? T : never }[keyof LinkFields[L]];
/** A relationship type written from a seed entry's link field. */
export type LinkFieldType = { [L in keyof LinkFields]: FieldTypes<L> }[keyof LinkFields];

/** A seed entry's link field: the relationship it becomes, and the labels its target may have. */
export interface LinkField {
  type: LinkFieldType;
  targets: readonly NodeLabel[];
}

/** Per label: the link fields of a seed entry and the relationship each becomes. */
export const LINK_FIELDS: Partial<Record<NodeLabel, Readonly<Record<string, LinkField>>>> = linkFields;

/** Typed relations between instruments that carry their own explanation (seed `relations`). */
export const RELATION_TYPES = ['COMBINES_WITH', 'PRECONDITION_FOR', 'EXCLUDES'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relationship types written by the pipeline besides the link fields. */
export const STRUCTURAL_TYPES = [
  // Fact → Source it cites.
  'SUPPORTED_BY',
  // Entity → NamePeriod.
  'HAS_NAME',
  // Instrument → Criterion.
  'REQUIRES',
  ...RELATION_TYPES,
  // Instrument → InstrumentDetail (application page, information page, processing time, appeal deadline, documents).
  'HAS_DETAIL',
  // MunicipalityGroup → LimitTable, and Criterion → LimitTable for a criterion that compares with a table.
  'GROUP_OF',
  'COMPARES_WITH',
] as const;
export type StructuralType = (typeof STRUCTURAL_TYPES)[number];

export type RelationshipType = LinkFieldType | StructuralType;

/** Every relationship type in the graph, sorted. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  ...new Set<RelationshipType>([...Object.values(linkFields).flatMap((fields) => Object.values(fields).map((field) => field.type)), ...STRUCTURAL_TYPES]),
].sort();

/**
 * Edges that only attach a node to its owner or its sources: the node at the end is part of the
 * fact (a name, a criterion) or its evidence, not a fact of its own. Provenance does not count them
 * as facts, and `paths` does not walk them.
 */
export const ATTACHMENT_TYPES = ['SUPPORTED_BY', 'HAS_NAME', 'REQUIRES'] as const satisfies readonly StructuralType[];

/**
 * Structural edges without sources of their own: a citation, and a part attached to its owner (an
 * instrument's detail, a limit table's group, a criterion's table), where the part carries the sources.
 */
export const UNSOURCED_TYPES = ['SUPPORTED_BY', 'HAS_DETAIL', 'GROUP_OF', 'COMPARES_WITH'] as const satisfies readonly StructuralType[];

/** Never read as a Link between entities: citations are an entity's `sources`, names its name history. */
export const HIDDEN_LINK_TYPES = ['SUPPORTED_BY', 'HAS_NAME'] as const satisfies readonly StructuralType[];

/** Link fields whose owner is an entity (a notice's CONTACT is read with the notice, never as a link). */
type EntityLinkFieldType = { [L in keyof LinkFields & EntityLabel]: FieldTypes<L> }[keyof LinkFields & EntityLabel];
/** What the API reads as a Link between two entities: the GraphQL `LinkType`. */
export type LinkType = EntityLinkFieldType | 'REQUIRES' | RelationType;
export const LINK_TYPES: readonly LinkType[] = [
  ...new Set<LinkType>([
    ...Object.entries(linkFields).flatMap(([label, fields]) =>
      (ENTITY_LABELS as readonly string[]).includes(label) ? Object.values(fields).map((field) => field.type as EntityLinkFieldType) : [],
    ),
    'REQUIRES',
    ...RELATION_TYPES,
  ]),
];

/** The roles of the actors a household meets in a plan step: who decides, who delivers. */
export const STEP_ROLES = ['DECIDED_BY', 'DELIVERED_BY'] as const satisfies readonly LinkFieldType[];
export type StepRole = (typeof STEP_ROLES)[number];

/**
 * An instrument in force reaches a target group, goal or actor in `coverage` through these: it
 * targets, serves, funds, administers, decides or delivers. Where to apply and where to appeal do not count.
 */
export const COVERAGE_TYPES = ['TARGETS', 'SERVES_GOAL', 'FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY'] as const satisfies readonly LinkFieldType[];

/**
 * The roles by which an actor is responsible for an instrument in the policy views (the coverage
 * types that end at an actor): the GraphQL `InstrumentRole`.
 */
export const RESPONSIBILITY_ROLES = ['FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY'] as const satisfies readonly (typeof COVERAGE_TYPES)[number][];
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** How responsibility climbs from the actor holding a role to the one above it: an agency answers to a ministry, a service is part of a municipality. */
export const RESPONSIBILITY_CHAIN_TYPES = ['ANSWERS_TO', 'PART_OF'] as const satisfies readonly LinkFieldType[];

/** The kinds of InstrumentDetail node, one per seed field. */
export const INSTRUMENT_DETAIL_KINDS = ['applicationPage', 'informationPage', 'processingTime', 'appealDeadline', 'document'] as const;
export type InstrumentDetailKind = (typeof INSTRUMENT_DETAIL_KINDS)[number];

/** Each detail kind as the GraphQL `InstrumentDetailKind` value. */
export const DETAIL_KIND_NAMES = {
  applicationPage: 'APPLICATION_PAGE',
  informationPage: 'INFORMATION_PAGE',
  processingTime: 'PROCESSING_TIME',
  appealDeadline: 'APPEAL_DEADLINE',
  document: 'DOCUMENT',
} as const satisfies Record<InstrumentDetailKind, string>;
export type DetailKindName = (typeof DETAIL_KIND_NAMES)[InstrumentDetailKind];
