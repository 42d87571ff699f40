/** The statements the seeds export streams (cypher/seed-export/). */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';

const revision = z.number().int().nonnegative();

export const SEED_RECORDS = defineStatement(
  'seed-export/records',
  z.object({ label: z.string(), linkTypes: z.array(z.string()), revision }),
  z.object({
    props: columns.props,
    names: z.array(columns.props),
    links: z.array(z.object({ type: z.string(), to: columns.id, props: columns.props })),
    criteria: z.array(columns.props),
    details: z.array(columns.props),
    groups: z.array(columns.props),
    supportedBy: columns.strings,
  }),
);

export const SEED_RELATIONS = defineStatement(
  'seed-export/relations',
  z.object({ types: z.array(z.string()), revision }),
  z.object({ type: z.string(), fromId: columns.id, toId: columns.id, props: columns.props }),
);
