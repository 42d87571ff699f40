/**
 * Turns the row of cypher/situation/load-candidates.cypher into engine types. The graph is written
 * only by the validated seed pipeline, but rows are still untyped at this boundary, so they are
 * checked here; a row that does not fit is a data bug and fails loudly (never with user input in it).
 * Parsed `test` / `explain` JSON is cached by its text: the graph holds a few hundred at most.
 */
import { z } from 'zod';
import { textFromRow, type LocalizedText } from '../../common/lang.ts';
import { conditionSchema, criterionSchema, groupMunicipalitySchema, HOUSEHOLD_GOALS, RELATION_TYPES, textSchema } from '../../../seed/schema.ts';
import type { LimitGroup, LimitTable } from './limits.ts';
import type { CandidateActor, CandidateCriterion, CandidateInstrument, CandidateNotice, CandidateRelation, CandidateSet, Condition, OutcomeTexts } from './types.ts';

type Row = Record<string, unknown>;

const rowSchema = z.record(z.string(), z.unknown());
const dateOrNull = z.string().nullish().transform((value) => value ?? null);
const ids = z.array(z.string()).nullish().transform((value) => value ?? []);
const explainSchema = criterionSchema.shape.explain;

const criterionRow = z.looseObject({
  id: z.string(),
  order: z.number().nullish(),
  test: z.string().nullish(),
  required: z.boolean().nullish(),
  discretionary: z.boolean().nullish(),
  explain: z.string().nullish(),
  thresholdYear: z.number().nullish(),
  sourceIds: ids,
  validFrom: dateOrNull,
  validTo: dateOrNull,
});
const actorRow = z.looseObject({ id: z.string(), role: z.enum(['DECIDED_BY', 'DELIVERED_BY']) });
const instrumentRow = z.looseObject({
  id: z.string(),
  householdGoals: z.array(z.enum(HOUSEHOLD_GOALS)).nullish(),
  indications: z.string().nullish(),
  criteria: z.array(rowSchema),
  actors: z.array(rowSchema),
});
const relationRow = z.looseObject({
  id: z.string(),
  type: z.enum(RELATION_TYPES),
  from: z.string(),
  to: z.string(),
  sourceIds: ids,
  appliesWhen: z.string().nullish(),
  validFrom: dateOrNull,
  validTo: dateOrNull,
});
const resultRow = z.object({ instruments: z.array(rowSchema), relations: z.array(rowSchema), limitTables: z.array(rowSchema).nullish(), notices: z.array(rowSchema).nullish() });
const noticeRow = z.looseObject({ id: z.string(), kind: z.enum(['urgent', 'information']), when: z.string(), steps: z.string(), sourceIds: ids, contacts: z.array(rowSchema) });
const indicationsSchema = z.array(z.looseObject({ when: conditionSchema, reason: textSchema, sources: z.array(z.string()).min(1) }));
const stepsSchema = z.array(textSchema);
const municipalitiesSchema = z.array(groupMunicipalitySchema);
const groupRow = z.looseObject({ id: z.string(), allOthers: z.boolean().nullish(), values: z.array(z.number()), municipalities: z.string().nullish() });
const tableRow = z.looseObject({
  id: z.string(),
  unit: z.enum(['NOK_PER_MONTH', 'NOK_PER_YEAR']),
  validFrom: dateOrNull,
  validTo: dateOrNull,
  currentValuesUrl: z.string().nullish(),
  groups: z.array(rowSchema),
});

const conditions = new Map<string, Condition>();
const indicationLists = new Map<string, z.infer<typeof indicationsSchema>>();
const stepLists = new Map<string, LocalizedText[]>();
const explanations = new Map<string, OutcomeTexts>();

function parseJson<T>(cache: Map<string, T>, text: string, schema: z.ZodType<T>, what: string): T {
  const cached = cache.get(text);
  if (cached) return cached;
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The graph holds ${what} that does not fit the seed schema.`);
  cache.set(text, parsed.data);
  return parsed.data;
}

function text(row: Row, field: string, owner: string): LocalizedText {
  const found = textFromRow(row, field);
  if (!found) throw new Error(`The graph has no ${field}_nb for ${owner}.`);
  return found;
}

export function criterionFromRow(row: Row): CandidateCriterion {
  const c = criterionRow.parse(row);
  const explain = c.explain ? parseJson(explanations, c.explain, explainSchema.unwrap() as z.ZodType<OutcomeTexts>, `the explain texts of ${c.id}`) : null;
  return {
    id: c.id,
    order: c.order ?? 0,
    text: text(row, 'text', c.id),
    test: c.test ? parseJson(conditions, c.test, conditionSchema, `the test of ${c.id}`) : null,
    required: c.required ?? true,
    discretionary: c.discretionary ?? false,
    explain,
    whyNot: textFromRow(row, 'whyNot'),
    thresholdYear: c.thresholdYear ?? null,
    sourceIds: c.sourceIds,
    validFrom: c.validFrom,
    validTo: c.validTo,
  };
}

function actorFromRow(row: Row): CandidateActor {
  const a = actorRow.parse(row);
  return { id: a.id, role: a.role, name: text(row, 'name', a.id) };
}

export function instrumentFromRow(row: Row): CandidateInstrument {
  const i = instrumentRow.parse(row);
  return {
    id: i.id,
    name: text(row, 'name', i.id),
    householdGoals: i.householdGoals ?? [],
    indications: i.indications
      ? parseJson(indicationLists, i.indications, indicationsSchema, `the indications of ${i.id}`).map((entry) => ({ when: entry.when, reason: entry.reason, sourceIds: entry.sources }))
      : [],
    criteria: i.criteria.map(criterionFromRow).sort((a, b) => a.order - b.order),
    actors: i.actors.map(actorFromRow),
  };
}

export function relationFromRow(row: Row): CandidateRelation {
  const r = relationRow.parse(row);
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    rationale: text(row, 'rationale', r.id),
    sourceIds: r.sourceIds,
    appliesWhen: r.appliesWhen ? parseJson(conditions, r.appliesWhen, conditionSchema, `the condition of relation ${r.id}`) : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
  };
}

export function noticeFromRow(row: Row): CandidateNotice {
  const n = noticeRow.parse(row);
  return {
    id: n.id,
    urgent: n.kind === 'urgent',
    when: parseJson(conditions, n.when, conditionSchema, `the condition of notice ${n.id}`),
    title: text(row, 'title', n.id),
    text: text(row, 'text', n.id),
    steps: parseJson(stepLists, n.steps, stepsSchema, `the steps of notice ${n.id}`),
    contacts: n.contacts.map((contact) => ({ id: String(contact.id), kind: typeof contact.kind === 'string' ? contact.kind : null, name: text(contact, 'name', String(contact.id)) })),
    sourceIds: n.sourceIds,
  };
}

function groupFromRow(row: Row): LimitGroup {
  const g = groupRow.parse(row);
  const municipalities = g.municipalities ? municipalitiesSchema.parse(JSON.parse(g.municipalities)) : [];
  return { id: g.id, name: text(row, 'name', g.id), allOthers: g.allOthers ?? false, values: g.values, municipalities: municipalities.map(({ number, name, partly, validFrom, validTo }) => ({ number, name, partly, validFrom: validFrom ?? null, validTo: validTo ?? null })),
  };
}

export function limitTableFromRow(row: Row): LimitTable {
  const t = tableRow.parse(row);
  return { id: t.id, unit: t.unit, validFrom: t.validFrom, validTo: t.validTo, currentValuesUrl: t.currentValuesUrl ?? null, groups: t.groups.map(groupFromRow) };
}

/** The loader's single row (or none, read as an empty graph) as a candidate set. */
export function candidatesFromRows(rows: readonly Row[]): CandidateSet {
  const [first] = rows;
  if (!first) return { instruments: [], relations: [], limitTables: [], notices: [] };
  const row = resultRow.parse(first);
  return {
    instruments: row.instruments.map(instrumentFromRow),
    relations: row.relations.map(relationFromRow),
    limitTables: (row.limitTables ?? []).map(limitTableFromRow),
    notices: (row.notices ?? []).map(noticeFromRow),
  };
}
