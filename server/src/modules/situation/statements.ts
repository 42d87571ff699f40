/**
 * The statement the situation module runs: everything the engine needs for one date, in one row.
 * The row schema is the one check of that row's shape (candidate-rows.ts turns it into engine types
 * and decodes the JSON it carries). Kept plain on purpose: no transforms or refinements, because
 * it runs over every candidate of every situation request.
 */
import { z } from 'zod';
import { columns, defineStatement } from '../../neo4j/statement.ts';
import { limitTableSchema, noticeSchema } from '../../seed/schema.ts';
import { HOUSEHOLD_GOALS, RELATION_TYPES, STEP_ROLES } from '../../vocabulary/index.ts';

/** Text the statement projects as `coalesce(period.x_nb, node.x_nb)`, …: bokmål is always there, the others may be null. */
function text<F extends string>(field: F) {
  return { [`${field}_nb`]: z.string(), [`${field}_nn`]: z.string().nullable(), [`${field}_en`]: z.string().nullable() } as { [K in `${F}_nb`]: z.ZodString } & {
    [K in `${F}_nn` | `${F}_en`]: z.ZodNullable<z.ZodString>;
  };
}

/**
 * A criterion in force, with the properties the engine reads (a map projection: a property the
 * node does not have is null; rows built in memory may leave it out). `test` and `explain` are JSON.
 */
const criterion = z.object({
  id: columns.id,
  order: z.number().int().nullish(),
  text_nb: z.string(),
  text_nn: z.string().nullish(),
  text_en: z.string().nullish(),
  test: z.string().nullish(),
  required: z.boolean().nullish(),
  discretionary: z.boolean().nullish(),
  explain: z.string().nullish(),
  whyNot_nb: z.string().nullish(),
  whyNot_nn: z.string().nullish(),
  whyNot_en: z.string().nullish(),
  thresholdYear: z.number().int().nullish(),
  sourceIds: columns.strings.nullish(),
  validFrom: z.string().nullish(),
  validTo: z.string().nullish(),
});

/** A DECIDED_BY or DELIVERED_BY actor in force, named as at the date. */
const actor = z.object({ id: columns.id, role: z.enum(STEP_ROLES), ...text('name') });

const instrument = z.object({
  id: columns.id,
  ...text('name'),
  householdGoals: z.array(z.enum(HOUSEHOLD_GOALS)),
  /** JSON: the seed's `indicatedWhen`. */
  indications: z.string().nullable(),
  criteria: z.array(criterion),
  actors: z.array(actor),
});

/** A COMBINES_WITH, PRECONDITION_FOR or EXCLUDES relation in force among the candidates. */
const relation = z.object({
  id: columns.id,
  type: z.enum(RELATION_TYPES),
  from: columns.id,
  to: columns.id,
  ...text('rationale'),
  sourceIds: columns.strings,
  /** JSON: the condition the relation's reason fits. */
  appliesWhen: z.string().nullable(),
  validFrom: columns.date,
  validTo: columns.date,
});

const municipalityGroup = z.object({
  id: columns.id,
  ...text('name'),
  allOthers: z.boolean().nullable(),
  values: z.array(z.number()),
  /** JSON: the group's municipalities with their numbers then. */
  municipalities: z.string().nullable(),
});

const limitTable = z.object({
  id: columns.id,
  unit: limitTableSchema.shape.unit,
  validFrom: columns.date,
  validTo: columns.date,
  currentValuesUrl: z.string().nullable(),
  groups: z.array(municipalityGroup),
});

const contact = z.object({ id: columns.id, kind: z.string().nullable(), ...text('name') });

const notice = z.object({
  id: columns.id,
  kind: noticeSchema.shape.kind,
  /** JSON: the condition. */
  when: z.string(),
  /** JSON: the steps, each a text. */
  steps: z.string(),
  ...text('title'),
  ...text('text'),
  sourceIds: columns.strings,
  contacts: z.array(contact),
});

export const LOAD_CANDIDATES = defineStatement(
  'situation/load-candidates',
  z.object({ asOf: columns.isoDate, revision: z.number().int().nonnegative(), current: z.number().int().positive(), knownVersion: z.string() }),
  z.object({
    /** The data version: `revision-<n>`, the publication the candidates were read at (decision 0008). */
    version: z.string().nullable(),
    /** Null when the version is the one the caller said it holds the candidates of. */
    instruments: z.array(instrument).nullable(),
    relations: z.array(relation).nullable(),
    limitTables: z.array(limitTable).nullable(),
    notices: z.array(notice).nullable(),
  }),
);

/** The parts of the row, for candidate-rows.ts and for tests that build the row in memory. */
export const candidateRow = { criterion, actor, instrument, relation, municipalityGroup, limitTable, contact, notice };
export type CandidatesRow = z.output<typeof LOAD_CANDIDATES.row>;
export type InstrumentRow = z.output<typeof instrument>;
export type CriterionRow = z.output<typeof criterion>;
export type RelationRow = z.output<typeof relation>;
export type LimitTableRow = z.output<typeof limitTable>;
export type NoticeRow = z.output<typeof notice>;
