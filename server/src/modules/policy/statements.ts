/** The statements the policy module runs: the coverage matrix, one ministry's overview, the ministries. */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { INSTRUMENT_KINDS } from '../../seed/schema.ts';
import { RESPONSIBILITY_CHAIN_TYPES, RESPONSIBILITY_ROLES } from '../../vocabulary/index.ts';

const revision = z.number().int().nonnegative();
const roles = z.array(z.enum(RESPONSIBILITY_ROLES)).min(1);
const chainTypes = z.array(z.enum(RESPONSIBILITY_CHAIN_TYPES)).min(1);
/** An actor in one of the responsibility roles for an instrument. */
const actorInRole = z.object({ role: z.enum(RESPONSIBILITY_ROLES), node: columns.node });

/** A link from an instrument to a column of the matrix. */
const cell = z.object({ column: columns.id, validFrom: columns.date, validTo: columns.date, confidence: z.string().nullable(), sourceIds: columns.strings });

export const COVERAGE_MATRIX = defineStatement(
  'policy/coverage-matrix',
  z.object({
    asOf: columns.isoDate,
    revision,
    columnLabel: z.enum(['TargetGroup', 'Goal']),
    columnType: z.enum(['TARGETS', 'SERVES_GOAL']),
    roles,
    chainTypes,
    kinds: z.array(z.enum(INSTRUMENT_KINDS)),
    actors: z.array(columns.id),
  }),
  z.object({
    rows: z.array(z.object({ node: columns.node, actors: z.array(actorInRole), cells: z.array(cell) })),
    columns: z.array(columns.node),
  }),
);

/** Why an instrument is the ministry's: a role held by the ministry, or by `via` below it through `chain`. */
const reason = z.object({ role: z.enum(RESPONSIBILITY_ROLES), via: columns.node.nullable(), chain: z.array(z.enum(RESPONSIBILITY_CHAIN_TYPES)) });

export const MINISTRY_OVERVIEW = defineStatement(
  'policy/ministry-overview',
  z.object({ id: columns.id, asOf: columns.isoDate, revision, roles, chainTypes }),
  z.object({
    ministry: columns.node,
    instruments: z.array(z.object({ node: columns.node, reasons: z.array(reason), actors: z.array(actorInRole), targets: columns.strings, goals: z.array(columns.node) })),
    targetGroups: z.array(z.object({ node: columns.node, subgroups: columns.strings })),
    strategies: z.array(z.object({ node: columns.node, prioritised: columns.strings })),
  }),
);

export const MINISTRIES = defineStatement('policy/ministries', z.object({ asOf: columns.isoDate, revision }), z.object({ node: columns.node }));
