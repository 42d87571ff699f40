/** The statements the CSV export streams (cypher/exports/). */
import { z } from 'zod';
import { columns, defineStatement } from '../neo4j/statement.ts';

const labelScope = { labelLow: z.string(), labelHigh: z.string(), asOf: columns.isoDate, revision: z.number().int().nonnegative() };

export const ENTITY_ROWS = defineStatement('exports/entity-rows', z.object(labelScope), z.object({ props: columns.props }));

export const RELATIONSHIP_ROWS = defineStatement(
  'exports/relationship-rows',
  z.object({ ...labelScope, type: z.string().regex(/^[A-Z_]+$/) }),
  z.object({ fromId: columns.id, toId: columns.id, props: columns.props }),
);
