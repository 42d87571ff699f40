/** The statements the search module runs: full-text hits (`search`), and hits with what the facets count (`searchResults`). */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { ENTITY_LABELS, RESPONSIBILITY_ROLES } from '../../vocabulary/index.ts';

const revision = z.number().int().nonnegative();
const labels = z.array(z.enum(ENTITY_LABELS)).min(1);
const limit = z.number().int().positive();

export const SEARCH_ENTITIES = defineStatement(
  'search/search-entities',
  z.object({ query: z.string().min(1), revision, labels, limit }),
  z.object({ score: z.number(), matchedFormerName: z.string().nullable(), node: columns.node }),
);

/**
 * A node read with a map projection of only the properties a summary and a match explanation use
 * (`n { .id, .name_nb, … }`): a property the node lacks comes as null, dropped here so the record
 * is what `properties(n)` would have given for those keys.
 */
const projectedNode = z.preprocess((value) => {
  if (!value || typeof value !== 'object' || !('props' in value)) return value;
  const props = Object.entries((value as { props: Record<string, unknown> }).props).filter(([, prop]) => prop !== null);
  return { ...value, props: Object.fromEntries(props) };
}, columns.node);

/** The links by which a search hit reaches a target group, for the target-group facet. */
export const TARGET_GROUP_REACH_TYPES = ['TARGETS', 'PRIORITISES'] as const;

export const SEARCH_RESULTS = defineStatement(
  'search/search-results',
  z.object({
    query: z.string().min(1),
    asOf: columns.isoDate,
    revision,
    labels,
    limit,
    roles: z.array(z.enum(RESPONSIBILITY_ROLES)).min(1),
    reachTypes: z.array(z.enum(TARGET_GROUP_REACH_TYPES)).min(1),
  }),
  z.object({ score: z.number(), matchedFormerName: z.string().nullable(), node: projectedNode, ministries: z.array(projectedNode), targetGroups: z.array(projectedNode) }),
);
