/** The statements the CPSV-AP-NO export and the persistent URIs read (cypher/linked-data/). */
import { z } from 'zod';
import { columns, defineStatement } from '../neo4j/statement.ts';
import { GRAPH_LABELS } from '../vocabulary/index.ts';

const rangeScope = { labelLow: z.string(), labelHigh: z.string(), asOf: columns.isoDate, revision: z.number().int().nonnegative() };
const props = columns.props;
const names = z.array(props);
const linked = z.object({ id: columns.id, props });

export const SERVICE_ROWS = defineStatement(
  'linked-data/services',
  z.object({ ...rangeScope, roleTypes: z.array(z.string().regex(/^[A-Z_]+$/)) }),
  z.object({
    props,
    names,
    roles: z.array(z.object({ type: z.string(), props, names })),
    legalBases: z.array(props),
    targetGroups: z.array(props),
    goals: z.array(props),
    criteria: z.array(props),
    details: z.array(props),
    related: z.array(linked),
    requires: z.array(linked),
  }),
);
export type ServiceRow = z.output<(typeof SERVICE_ROWS)['row']>;

export const ENTITY_ROWS = defineStatement('linked-data/entity-rows', z.object(rangeScope), z.object({ props, names }));
export type EntityRow = z.output<(typeof ENTITY_ROWS)['row']>;

export const LOOKUP_ENTITY = defineStatement(
  'linked-data/lookup',
  z.object({ id: columns.id, revision: z.number().int().nonnegative() }),
  z.object({ labels: z.array(z.enum(GRAPH_LABELS)), validFrom: columns.date, validTo: columns.date, knownTo: z.number().int() }),
);
