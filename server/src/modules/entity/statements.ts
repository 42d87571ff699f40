/** The entity module's one statement, `cypher/entity/find-entities`, and the shape of its row. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';

const groups = z.object({ about: z.boolean(), texts: z.boolean(), scalars: z.boolean(), source: z.boolean() });

const plan = z.object({
  /** Names are read in this language and in bokmål, the fallback. */
  lang: z.enum(['nb', 'nn', 'en']),
  /** `titles`: a criterion's text or a source's title, what names those two. */
  node: groups.extend({ titles: z.boolean() }),
  criterion: groups,
  names: z.boolean(),
  summaryNames: z.boolean(),
  details: z.boolean(),
  links: z.array(z.string().regex(/^<?[A-Z_]+>?$/)),
  relationships: z.boolean(),
  sources: z.boolean(),
});

const orderProperty = z.enum(['orderName_nb', 'orderName_nn', 'orderName_en', 'orderId', 'orderValidFrom']);

/** A property group: null when its piece was off. */
const propertyGroups = z.array(columns.props.nullable());

const link = z.object({
  type: z.string(),
  direction: z.enum(['OUT', 'IN']),
  relProps: columns.props,
  labels: columns.strings,
  nodeProps: propertyGroups,
  names: z.array(columns.props),
});

const entity = z.object({
  labels: columns.strings,
  props: propertyGroups,
  names: z.array(columns.props),
  details: z.array(columns.props),
  links: z.array(link),
});

export type EntityRow = z.output<typeof entity>;
export type LinkRow = z.output<typeof link>;

export const findEntitiesStatement = defineStatement(
  'entity/find-entities',
  z.object({
    asOf: z.string(),
    /** The records known at this revision are read (decision 0008): CURRENT_REVISION for now. */
    revision: z.number().int().nonnegative(),
    byIds: z.boolean(),
    // No nulls at the top level: Neo4j caches a plan per parameter types (see the statement).
    lookup: z.object({ ids: z.array(z.string()), label: z.string() }),
    order: orderProperty,
    low: z.string(),
    high: z.string(),
    labelLow: z.string(),
    labelHigh: z.string(),
    limit: z.number().int().positive(),
    filtered: z.boolean(),
    filter: z.object({
      via: z.string(),
      kind: z.string().nullable(),
      supplySide: z.boolean().nullable(),
      inForce: z.boolean().nullable(),
      linkedTo: z.array(z.string()),
      strategy: z.string().nullable(),
    }),
    withTotal: z.boolean(),
    plan,
  }),
  z.object({
    total: columns.count.nullable(),
    entities: z.array(entity),
    citedSources: z.array(columns.props),
  }),
);
