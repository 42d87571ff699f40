/**
 * Node labels: what the seed pipeline writes, which of them are entities, and the name each
 * entity label has in the GraphQL API. docs/graph-model.md describes the same model for people.
 */

/** Every label the seed pipeline gives a node as its kind (one per node). */
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
 * table's municipality group, the limit table itself (read through its criterion) and a notice.
 */
export const ENTITY_LABELS = ['Source', 'Actor', 'LegalBasis', 'TargetGroup', 'Goal', 'Strategy', 'Instrument', 'Criterion'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const isEntityLabel = (label: string): label is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(label);

/** Labels every seeded node (Seeded) or every entity (Entity) carries besides its own. */
export const MARKER_LABELS = ['Seeded', 'Entity'] as const;
/** The one node that records which seed content the graph holds; not seeded itself. */
export const DATA_VERSION_LABEL = 'DataVersion';

/** Every label a node in the graph can have. */
export const GRAPH_LABELS = [...NODE_LABELS, ...MARKER_LABELS, DATA_VERSION_LABEL, 'Publication', 'PublicationCounter', 'ChangeSet', 'Change', 'Suggestion'] as const;
export type GraphLabel = (typeof GRAPH_LABELS)[number];

/**
 * The entities people browse and search for: everything but criteria and sources, which are reached
 * from the entity they belong to. The default of `search` and `neighbourhood`.
 */
export const BROWSED_LABELS = ['Instrument', 'Actor', 'TargetGroup', 'Goal', 'Strategy', 'LegalBasis'] as const satisfies readonly EntityLabel[];

/** What the full-text index covers: the browsed entities, and earlier names (found for their entity). */
export const FULLTEXT_LABELS = [...BROWSED_LABELS, 'NamePeriod'] as const satisfies readonly NodeLabel[];

/** What `coverage` counts instruments for: target groups and goals reached, actors involved. */
export const COVERAGE_LABELS = ['TargetGroup', 'Goal', 'Actor'] as const satisfies readonly EntityLabel[];

/** Each entity label as the GraphQL `EntityType` value. */
export const LABEL_TYPES = {
  Instrument: 'INSTRUMENT',
  Actor: 'ACTOR',
  TargetGroup: 'TARGET_GROUP',
  Goal: 'GOAL',
  Strategy: 'STRATEGY',
  LegalBasis: 'LEGAL_BASIS',
  Criterion: 'CRITERION',
  Source: 'SOURCE',
} as const satisfies Record<EntityLabel, string>;
export type EntityTypeName = (typeof LABEL_TYPES)[EntityLabel];

/** The GraphQL `EntityType` value → its label: the only way a client's choice of type reaches Cypher. */
export const TYPE_LABELS = Object.fromEntries(Object.entries(LABEL_TYPES).map(([label, type]) => [type, label])) as { [L in EntityLabel as (typeof LABEL_TYPES)[L]]: L };

/** `EntityType` values in the order of ENTITY_LABELS. */
export const ENTITY_TYPE_NAMES: readonly EntityTypeName[] = ENTITY_LABELS.map((label) => LABEL_TYPES[label]);

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
