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
 * A criterion in force, with every stored property (`c { .* }`): Neo4j stores no nulls, so what is
 * not set is absent. `test` and `explain` are JSON.
 */
const criterion = z.object({
  id: columns.id,
  order: z.number().int().optional(),
  text_nb: z.string(),
  text_nn: z.string().optional(),
  text_en: z.string().optional(),
  test: z.string().optional(),
  required: z.boolean().optional(),
  discretionary: z.boolean().optional(),
  explain: z.string().optional(),
  whyNot_nb: z.string().optional(),
  whyNot_nn: z.string().optional(),
  whyNot_en: z.string().optional(),
  thresholdYear: z.number().int().optional(),
  sourceIds: columns.strings.optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
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
  z.object({ asOf: columns.isoDate }),
  z.object({ instruments: z.array(instrument), relations: z.array(relation), limitTables: z.array(limitTable), notices: z.array(notice) }),
);

/** The parts of the row, for candidate-rows.ts and for tests that build the row in memory. */
export const candidateRow = { criterion, actor, instrument, relation, municipalityGroup, limitTable, contact, notice };
export type CandidatesRow = z.output<typeof LOAD_CANDIDATES.row>;
export type InstrumentRow = z.output<typeof instrument>;
export type CriterionRow = z.output<typeof criterion>;
export type RelationRow = z.output<typeof relation>;
export type LimitTableRow = z.output<typeof limitTable>;
export type NoticeRow = z.output<typeof notice>;
