/**
 * The labels and relationship types the seed pipeline writes, and which seed field becomes which
 * relationship. docs/graph-model.md describes the same model for people; keep the two together.
 */
export const NODE_LABELS = [
  'Source',
  'Actor',
  'LegalBasis',
  'TargetGroup',
  'Goal',
  'Strategy',
  'Instrument',
  'Criterion',
  'NamePeriod',
  'InstrumentDetail',
  'LimitTable',
  'MunicipalityGroup',
  'Notice',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Labels that are entities in their own right (they get the Entity label, can be looked up by id and
 * appear as link ends). The others are parts of one: a name period, an instrument's detail, a limit
 * table's municipality group, and the limit table itself, read through its criterion.
 */
export const ENTITY_LABELS: readonly NodeLabel[] = ['Source', 'Actor', 'LegalBasis', 'TargetGroup', 'Goal', 'Strategy', 'Instrument', 'Criterion'];

/** Seed-file collection → node label. */
export const COLLECTION_LABELS = {
  sources: 'Source',
  actors: 'Actor',
  legalBases: 'LegalBasis',
  targetGroups: 'TargetGroup',
  goals: 'Goal',
  strategies: 'Strategy',
  instruments: 'Instrument',
  limitTables: 'LimitTable',
  notices: 'Notice',
} as const satisfies Record<string, NodeLabel>;
export type Collection = keyof typeof COLLECTION_LABELS;

export interface LinkField {
  type: string;
  targets: readonly NodeLabel[];
}

/** Per label: the link fields of a seed entry and the relationship each becomes. */
export const LINK_FIELDS: Partial<Record<NodeLabel, Record<string, LinkField>>> = {
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
};

/** Relationship types written by the pipeline besides the link fields. */
export const STRUCTURAL_TYPES = [
  'SUPPORTED_BY',
  'HAS_NAME',
  'REQUIRES',
  'COMBINES_WITH',
  'PRECONDITION_FOR',
  'EXCLUDES',
  // Instrument → InstrumentDetail (application page, information page, processing time, appeal deadline, documents).
  'HAS_DETAIL',
  // MunicipalityGroup → LimitTable, and Criterion → LimitTable for a criterion that compares with a table.
  'GROUP_OF',
  'COMPARES_WITH',
] as const;

/** The kinds of InstrumentDetail node, one per seed field. */
export const INSTRUMENT_DETAIL_KINDS = ['applicationPage', 'informationPage', 'processingTime', 'appealDeadline', 'document'] as const;
export type InstrumentDetailKind = (typeof INSTRUMENT_DETAIL_KINDS)[number];

export const RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set([...Object.values(LINK_FIELDS).flatMap((fields) => Object.values(fields).map((field) => field.type)), ...STRUCTURAL_TYPES]),
].sort();
