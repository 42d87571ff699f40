/**
 * The labels and relationship types the seed pipeline writes, and which seed field becomes which
 * relationship. docs/graph-model.md describes the same model for people; keep the two together.
 */
export const NODE_LABELS = ['Source', 'Actor', 'LegalBasis', 'TargetGroup', 'Goal', 'Strategy', 'Instrument', 'Criterion', 'NamePeriod'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Seed-file collection → node label. */
export const COLLECTION_LABELS = {
  sources: 'Source',
  actors: 'Actor',
  legalBases: 'LegalBasis',
  targetGroups: 'TargetGroup',
  goals: 'Goal',
  strategies: 'Strategy',
  instruments: 'Instrument',
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
  },
  Instrument: {
    fundedBy: { type: 'FUNDED_BY', targets: ['Actor'] },
    administeredBy: { type: 'ADMINISTERED_BY', targets: ['Actor'] },
    decidedBy: { type: 'DECIDED_BY', targets: ['Actor'] },
    deliveredBy: { type: 'DELIVERED_BY', targets: ['Actor'] },
    basedOn: { type: 'BASED_ON', targets: ['LegalBasis'] },
    targets: { type: 'TARGETS', targets: ['TargetGroup'] },
    servesGoals: { type: 'SERVES_GOAL', targets: ['Goal'] },
    replacedBy: { type: 'REPLACED_BY', targets: ['Instrument'] },
  },
};

/** Relationship types written by the pipeline besides the link fields. */
export const STRUCTURAL_TYPES = ['SUPPORTED_BY', 'HAS_NAME', 'REQUIRES', 'COMBINES_WITH', 'PRECONDITION_FOR', 'EXCLUDES'] as const;

export const RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set([...Object.values(LINK_FIELDS).flatMap((fields) => Object.values(fields).map((field) => field.type)), ...STRUCTURAL_TYPES]),
].sort();
