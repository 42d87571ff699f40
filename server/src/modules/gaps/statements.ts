/** The statement the gaps module runs: the validity of every subject, instrument, link and strategy at once. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { COVERAGE_TYPES } from '../../vocabulary/index.ts';

/** The labels whose records can be a gap because no instrument reaches them. */
export const GAP_SUBJECT_LABELS = ['TargetGroup', 'Goal'] as const;

/** A link's validity: both ends inclusive, null when open. */
const validity = { validFrom: columns.date, validTo: columns.date };

export const GAP_TIMELINE = defineStatement(
  'gaps/gap-timeline',
  z.object({ revision: z.number().int().nonnegative(), subjectLabels: z.array(z.enum(GAP_SUBJECT_LABELS)).min(1), coverageTypes: z.array(z.enum(COVERAGE_TYPES)).min(1) }),
  z.object({
    subjects: z.array(z.object({ node: columns.node, unmapped: z.boolean() })),
    instruments: z.array(columns.node),
    links: z.array(z.object({ instrument: columns.id, subject: columns.id, ...validity })),
    goalLinks: z.array(z.object({ instrument: columns.id, ...validity })),
    strategies: z.array(z.object({ node: columns.node, goals: columns.strings, prioritises: columns.strings })),
  }),
);
