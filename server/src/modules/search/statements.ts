/** The statement the search module runs: full-text hits, best score per entity. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { ENTITY_LABELS } from '../../vocabulary/index.ts';

export const SEARCH_ENTITIES = defineStatement(
  'search/search-entities',
  z.object({ query: z.string().min(1), revision: z.number().int().nonnegative(), labels: z.array(z.enum(ENTITY_LABELS)).min(1), limit: z.number().int().positive() }),
  z.object({ score: z.number(), matchedFormerName: z.string().nullable(), node: columns.node }),
);
