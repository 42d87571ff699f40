/** The statements the analytics module runs: coverage at a date, and the data version. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { RELATIONSHIP_TYPES } from '../../vocabulary/index.ts';

/** A target group, goal or actor with the number of instruments in force that reach it. */
const counted = z.object({ node: columns.node, count: columns.count, unmapped: z.boolean() });

export const COVERAGE = defineStatement(
  'analytics/coverage',
  z.object({ asOf: columns.isoDate, revision: z.number().int().nonnegative() }),
  z.object({
    uncoveredTargetGroups: z.array(columns.node),
    uncoveredGoals: z.array(columns.node),
    unmappedGoals: z.array(columns.node),
    instrumentsWithoutGoal: z.array(columns.node),
    perActor: z.array(counted),
    perGoal: z.array(counted),
    perTargetGroup: z.array(counted),
  }),
);

export const DATA_VERSION = defineStatement(
  'analytics/data-version',
  z.object({ structuralTypes: z.array(z.enum(RELATIONSHIP_TYPES)), open: z.number().int().positive() }),
  z.object({
    checksum: z.string(),
    revision: z.number().int().nonnegative(),
    nodeCount: columns.count,
    relationshipCount: columns.count,
    sourceCount: columns.count,
    verifiedSourceCount: columns.count,
    lastCompiled: columns.date,
    lastVerified: columns.date,
    factCount: columns.count,
    verifiedFactCount: columns.count,
    unverifiedCount: columns.count,
  }),
);
