/**
 * Turns the row of cypher/situation/load-candidates.cypher into engine types. The row's shape is
 * checked once, where it leaves the driver (LOAD_CANDIDATES in ../statements.ts); what is left here
 * is the JSON the graph stores as text (conditions, explanations, indications, steps, a group's
 * municipalities), checked against the seed schema. A value that does not fit is a data bug and
 * fails loudly (never with user input in it). Parsed JSON is cached by its text: the graph holds a
 * few hundred at most.
 */
import { z } from 'zod';
import type { LocalizedText } from '../../common/lang.ts';
import { conditionSchema, criterionSchema, groupMunicipalitySchema, textSchema } from '../../../seed/schema.ts';
import type { CandidatesRow, CriterionRow, InstrumentRow, LimitTableRow, NoticeRow, RelationRow } from '../statements.ts';
import type { LimitGroup, LimitTable } from './limits.ts';
import type { CandidateActor, CandidateCriterion, CandidateInstrument, CandidateNotice, CandidateRelation, CandidateSet, Condition, OutcomeTexts } from './types.ts';

const explainSchema = criterionSchema.shape.explain;
const indicationsSchema = z.array(z.looseObject({ when: conditionSchema, reason: textSchema, sources: z.array(z.string()).min(1) }));
const stepsSchema = z.array(textSchema);
const municipalitiesSchema = z.array(groupMunicipalitySchema);

const conditions = new Map<string, Condition>();
const indicationLists = new Map<string, z.infer<typeof indicationsSchema>>();
const stepLists = new Map<string, LocalizedText[]>();
const explanations = new Map<string, OutcomeTexts>();
const municipalityLists = new Map<string, z.infer<typeof municipalitiesSchema>>();

function parseJson<T>(cache: Map<string, T>, text: string, schema: z.ZodType<T>, what: string): T {
  const cached = cache.get(text);
  if (cached) return cached;
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The graph holds ${what} that does not fit the seed schema.`);
  cache.set(text, parsed.data);
  return parsed.data;
}

/** `<field>_nb`, `_nn`, `_en` of a row as one text; the row schema guarantees bokmål where it is required. */
const text = (nb: string, nn: string | null | undefined, en: string | null | undefined): LocalizedText => ({ nb, nn: nn ?? null, en: en ?? null });

export function criterionFromRow(c: CriterionRow): CandidateCriterion {
  return {
    id: c.id,
    order: c.order ?? 0,
    text: text(c.text_nb, c.text_nn, c.text_en),
    test: c.test ? parseJson(conditions, c.test, conditionSchema, `the test of ${c.id}`) : null,
    required: c.required ?? true,
    discretionary: c.discretionary ?? false,
    explain: c.explain ? parseJson(explanations, c.explain, explainSchema.unwrap() as z.ZodType<OutcomeTexts>, `the explain texts of ${c.id}`) : null,
    whyNot: c.whyNot_nb == null ? null : text(c.whyNot_nb, c.whyNot_nn, c.whyNot_en),
    thresholdYear: c.thresholdYear ?? null,
    sourceIds: c.sourceIds ?? [],
    validFrom: c.validFrom ?? null,
    validTo: c.validTo ?? null,
  };
}

export function instrumentFromRow(i: InstrumentRow): CandidateInstrument {
  return {
    id: i.id,
    name: text(i.name_nb, i.name_nn, i.name_en),
    householdGoals: i.householdGoals,
    indications: i.indications
      ? parseJson(indicationLists, i.indications, indicationsSchema, `the indications of ${i.id}`).map((entry) => ({ when: entry.when, reason: entry.reason, sourceIds: entry.sources }))
      : [],
    criteria: i.criteria.map(criterionFromRow).sort((a, b) => a.order - b.order),
    actors: i.actors.map((a): CandidateActor => ({ id: a.id, role: a.role, name: text(a.name_nb, a.name_nn, a.name_en) })),
  };
}

export function relationFromRow(r: RelationRow): CandidateRelation {
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    rationale: text(r.rationale_nb, r.rationale_nn, r.rationale_en),
    sourceIds: r.sourceIds,
    appliesWhen: r.appliesWhen ? parseJson(conditions, r.appliesWhen, conditionSchema, `the condition of relation ${r.id}`) : null,
    validFrom: r.validFrom,
    validTo: r.validTo,
  };
}

export function noticeFromRow(n: NoticeRow): CandidateNotice {
  return {
    id: n.id,
    urgent: n.kind === 'urgent',
    when: parseJson(conditions, n.when, conditionSchema, `the condition of notice ${n.id}`),
    title: text(n.title_nb, n.title_nn, n.title_en),
    text: text(n.text_nb, n.text_nn, n.text_en),
    steps: parseJson(stepLists, n.steps, stepsSchema, `the steps of notice ${n.id}`),
    contacts: n.contacts.map((contact) => ({ id: contact.id, kind: contact.kind, name: text(contact.name_nb, contact.name_nn, contact.name_en) })),
    sourceIds: n.sourceIds,
  };
}

function groupFromRow(g: LimitTableRow['groups'][number]): LimitGroup {
  const municipalities = g.municipalities ? parseJson(municipalityLists, g.municipalities, municipalitiesSchema, `the municipalities of group ${g.id}`) : [];
  return {
    id: g.id,
    name: text(g.name_nb, g.name_nn, g.name_en),
    allOthers: g.allOthers ?? false,
    values: g.values,
    municipalities: municipalities.map(({ number, name, partly, validFrom, validTo }) => ({ number, name, partly, validFrom: validFrom ?? null, validTo: validTo ?? null })),
  };
}

export function limitTableFromRow(t: LimitTableRow): LimitTable {
  return { id: t.id, unit: t.unit, validFrom: t.validFrom, validTo: t.validTo, currentValuesUrl: t.currentValuesUrl, groups: t.groups.map(groupFromRow) };
}

/** The loader's single row (or none, read as an empty graph) as a candidate set. */
export function candidatesFromRow(row: CandidatesRow | undefined): CandidateSet {
  // The lists are null only when the caller said it holds them (situation.service.ts).
  return {
    instruments: (row?.instruments ?? []).map(instrumentFromRow),
    relations: (row?.relations ?? []).map(relationFromRow),
    limitTables: (row?.limitTables ?? []).map(limitTableFromRow),
    notices: (row?.notices ?? []).map(noticeFromRow),
  };
}
