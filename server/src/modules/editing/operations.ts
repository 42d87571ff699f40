/**
 * Domain operations compiled into record operations (decision 0008): "rename from a date", "move a
 * responsibility to another actor from a date", "end an entity", never a raw property set. Each
 * compiles against the entity as it is now and checks what the seed schema checks (names in three
 * languages, real dates, periods that end after they start, links to the right kind of entity),
 * so a published graph always passes the same rules as the seed files. Pure: no database here.
 */
import type { z } from 'zod';
import type { RecordOp, RecordProps } from '../../revisions/record-ops.ts';
import { CONFIDENCE_LEVELS, dateSchema, idSchema, nameSchema, sourceSchema, textSchema } from '../../seed/schema.ts';
import { sourceProps, textProps } from '../../seed/build-graph.ts';
import { isEntityLabel, LINK_FIELDS, type NodeLabel, type RelationshipType } from '../../vocabulary/index.ts';
import { fieldErrors, type FieldProblem } from './field-errors.ts';

export interface EntityState {
  id: string;
  label: NodeLabel;
  props: Readonly<Record<string, unknown>>;
  version: number;
  links: readonly { type: string; to: string; toLabel: string; props: Readonly<Record<string, unknown>>; toProps: Readonly<Record<string, unknown>> | null }[];
  /** Other current records the change names (sources, actors, targets): label and confidence. */
  others: ReadonlyMap<string, { label: string; confidence: string | null }>;
  /** Sources added earlier in the same draft, with their confidence: a change may cite them. */
  pendingSources: ReadonlyMap<string, string>;
}

export interface ChangeBasis {
  entityId: string;
  baseVersion: number;
  reason: string;
  sourceIds: readonly string[];
}

export type Operation = 'CREATE_ENTITY' | 'UPDATE_FACTS' | 'RENAME' | 'MOVE_RESPONSIBILITY' | 'END_ENTITY' | 'ADD_RELATION' | 'END_RELATION' | 'ADD_SOURCE';

export interface CompiledChange {
  operation: Operation;
  entityId: string;
  entityLabel: string;
  baseVersion: number;
  reason: string;
  sourceIds: string[];
  records: RecordOp[];
}

export interface LangText {
  nb: string;
  nn?: string | null;
  en?: string | null;
}

type Text = z.infer<typeof textSchema>;

const RESPONSIBILITIES = ['FUNDED_BY', 'ADMINISTERED_BY', 'DECIDED_BY', 'DELIVERED_BY', 'APPLIES_TO', 'APPEALS_TO'] as const;
export type Responsibility = (typeof RESPONSIBILITIES)[number];

/** The day before an ISO date: where a period ends when the next one starts. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

const dayAfter = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Text in the seed's shape: missing nynorsk and English stay missing (readers fall back to bokmål). */
function text(value: LangText): Text {
  return { nb: value.nb.trim(), ...(value.nn?.trim() ? { nn: value.nn.trim() } : {}), ...(value.en?.trim() ? { en: value.en.trim() } : {}) };
}

function checkDate(problems: FieldProblem[], field: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !dateSchema.safeParse(value).success) problems.push({ field, message: 'must be a real date written YYYY-MM-DD' });
}

/** The best confidence among the cited sources (a fact is as good as its best source). */
function confidenceOf(state: EntityState, sourceIds: readonly string[]): string {
  const known = sourceIds.map((id) => state.pendingSources.get(id) ?? state.others.get(id)?.confidence ?? null);
  return CONFIDENCE_LEVELS.find((level) => known.includes(level)) ?? 'unverified';
}

/** What every change must have: a reason, at least one source that exists, the version it was drafted on. */
function checkBasis(problems: FieldProblem[], state: EntityState | null, basis: ChangeBasis): void {
  if (basis.reason.trim().length < 3) problems.push({ field: 'reason', message: 'say why the change is made (at least a few words)' });
  if (basis.reason.length > 2000) problems.push({ field: 'reason', message: 'must be at most 2000 characters' });
  if (basis.sourceIds.length === 0) problems.push({ field: 'sourceIds', message: 'cite at least one source (add a new one with addSource)' });
  for (const id of basis.sourceIds) {
    const known = state?.pendingSources.has(id) || state?.others.get(id)?.label === 'Source';
    if (!known) problems.push({ field: 'sourceIds', message: `"${id}" is not a source in the graph or in this draft` });
  }
}

/** Support edges for sources the record does not cite yet, and its sourceIds with them. */
function support(recordId: string, current: readonly string[], sourceIds: readonly string[]): { sourceIds: string[]; ops: RecordOp[] } {
  const added = sourceIds.filter((id) => !current.includes(id));
  return {
    sourceIds: [...current, ...added],
    ops: added.map((sourceId) => ({ kind: 'createRelationship', id: `${recordId}|SUPPORTED_BY|${sourceId}`, type: 'SUPPORTED_BY', from: recordId, to: sourceId, props: {} })),
  };
}

const currentSources = (props: Readonly<Record<string, unknown>>): string[] => (Array.isArray(props.sourceIds) ? props.sourceIds.filter((id): id is string => typeof id === 'string') : []);

function compiled(operation: Operation, state: EntityState, basis: ChangeBasis, records: RecordOp[]): CompiledChange {
  return { operation, entityId: state.id, entityLabel: state.label, baseVersion: basis.baseVersion, reason: basis.reason.trim(), sourceIds: [...basis.sourceIds], records };
}

/** A relationship id not used by a current relationship of the entity: `from|TYPE|to`, else `#2`, `#3`… */
function freshRelationshipId(state: EntityState, type: string, to: string): string {
  const base = `${state.id}|${type}|${to}`;
  const taken = new Set(state.links.map((link) => String(link.props.id)));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}#${n}`)) n += 1;
  return `${base}#${n}`;
}

const inForceOn = (props: Readonly<Record<string, unknown>>, date: string): boolean =>
  (str(props.validFrom) ?? '0000-01-01') <= date && (str(props.validTo) ?? '9999-12-31') >= date;

export interface FactsInput {
  description?: LangText | null;
  howToApply?: LangText | null;
  note?: LangText | null;
  url?: string | null;
  abbreviation?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** Which facts each kind of entity has (as in the seed schema). */
const FACT_FIELDS: Partial<Record<NodeLabel, readonly (keyof FactsInput)[]>> = {
  Instrument: ['description', 'howToApply', 'note', 'abbreviation', 'validFrom', 'validTo'],
  Actor: ['description', 'note', 'url', 'abbreviation', 'validFrom', 'validTo'],
  LegalBasis: ['description', 'note', 'url', 'abbreviation', 'validFrom', 'validTo'],
  Strategy: ['description', 'note', 'url', 'abbreviation', 'validFrom', 'validTo'],
  TargetGroup: ['description', 'note', 'abbreviation', 'validFrom', 'validTo'],
  Goal: ['description', 'note', 'abbreviation', 'validFrom', 'validTo'],
  Source: ['note', 'url'],
};

export function compileUpdateFacts(state: EntityState, basis: ChangeBasis, facts: FactsInput): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  const allowed = FACT_FIELDS[state.label] ?? [];
  const given = Object.entries(facts).filter(([, value]) => value !== undefined) as [keyof FactsInput, unknown][];
  if (given.length === 0) problems.push({ field: 'facts', message: 'change at least one fact' });
  const set: RecordProps = {};
  for (const [field, value] of given) {
    if (!allowed.includes(field)) {
      problems.push({ field: `facts.${field}`, message: `a ${state.label} has no ${field}` });
      continue;
    }
    if (field === 'description' || field === 'howToApply' || field === 'note') {
      if (value === null) Object.assign(set, { [`${field}_nb`]: null, [`${field}_nn`]: null, [`${field}_en`]: null });
      else {
        const parsed = textSchema.safeParse(text(value as LangText));
        if (!parsed.success) problems.push({ field: `facts.${field}.nb`, message: 'must not be empty' });
        else Object.assign(set, { [`${field}_nn`]: null, [`${field}_en`]: null }, textProps(field, parsed.data));
      }
    } else if (field === 'url') {
      if (value !== null && !sourceSchema.shape.url.safeParse(value).success) problems.push({ field: 'facts.url', message: 'must be an http or https address' });
      else set.url = value as string | null;
    } else if (field === 'abbreviation') {
      set.abbreviation = str(value);
    } else {
      checkDate(problems, `facts.${field}`, value as string | null);
      set[field] = value as string | null;
    }
  }
  const validFrom = 'validFrom' in set ? str(set.validFrom) : str(state.props.validFrom);
  const validTo = 'validTo' in set ? str(set.validTo) : str(state.props.validTo);
  if (validFrom && validTo && validTo < validFrom) problems.push({ field: 'facts.validTo', message: `the period ends (${validTo}) before it starts (${validFrom})` });
  fieldErrors(problems);
  const supported = support(state.id, currentSources(state.props), basis.sourceIds);
  return compiled('UPDATE_FACTS', state, basis, [{ kind: 'patchNode', id: state.id, set: { ...set, sourceIds: supported.sourceIds } }, ...supported.ops]);
}

export function compileRename(state: EntityState, basis: ChangeBasis, input: { from: string; name: LangText; abbreviation?: string | null }): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  if (!isEntityLabel(state.label) || state.label === 'Source' || state.label === 'Criterion') problems.push({ field: 'entityId', message: `a ${state.label} has no name to change` });
  checkDate(problems, 'from', input.from);
  const name = nameSchema.safeParse({ nb: input.name.nb.trim(), nn: input.name.nn?.trim() || undefined, en: input.name.en?.trim() || undefined });
  if (!name.success) problems.push({ field: 'name', message: 'a name needs bokmål, nynorsk and English (the seed rule)' });
  // The old name's period starts where the latest earlier period ended, else when the entity did.
  const periods = state.links.filter((link) => link.type === 'HAS_NAME' && link.toProps);
  const lastEnd = periods.map((link) => str(link.toProps?.validTo)).filter((d): d is string => d !== null).sort().at(-1);
  const oldFrom = lastEnd ? dayAfter(lastEnd) : str(state.props.validFrom);
  if (oldFrom && input.from <= oldFrom) problems.push({ field: 'from', message: `must be after ${oldFrom}, when the current name started` });
  if (name.success && name.data.nb === str(state.props.name_nb) && (input.abbreviation ?? null) === str(state.props.abbreviation)) problems.push({ field: 'name', message: 'is the current name' });
  fieldErrors(problems);
  const periodId = `${state.id}-name-until-${dayBefore(input.from)}`;
  const periodProps: RecordProps = {
    name_nb: str(state.props.name_nb),
    name_nn: str(state.props.name_nn),
    name_en: str(state.props.name_en),
    abbreviation: str(state.props.abbreviation),
    validFrom: oldFrom,
    validTo: dayBefore(input.from),
    sourceIds: [...basis.sourceIds],
    confidence: confidenceOf(state, basis.sourceIds),
  };
  const newName = name.success ? name.data : { nb: '', nn: '', en: '' };
  const supported = support(state.id, currentSources(state.props), basis.sourceIds);
  return compiled('RENAME', state, basis, [
    { kind: 'patchNode', id: state.id, set: { name_nb: newName.nb, name_nn: newName.nn, name_en: newName.en, abbreviation: str(input.abbreviation), sourceIds: supported.sourceIds } },
    { kind: 'createNode', id: periodId, label: 'NamePeriod', props: Object.fromEntries(Object.entries(periodProps).filter(([, v]) => v !== null)) as RecordProps },
    { kind: 'createRelationship', id: `${state.id}|HAS_NAME|${periodId}`, type: 'HAS_NAME', from: state.id, to: periodId, props: { sourceIds: [...basis.sourceIds] } },
    ...basis.sourceIds.map((sourceId): RecordOp => ({ kind: 'createRelationship', id: `${periodId}|SUPPORTED_BY|${sourceId}`, type: 'SUPPORTED_BY', from: periodId, to: sourceId, props: {} })),
    ...supported.ops,
  ]);
}

export function compileMoveResponsibility(state: EntityState, basis: ChangeBasis, input: { responsibility: Responsibility; fromActorId: string; toActorId: string; from: string }): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  if (state.label !== 'Instrument') problems.push({ field: 'entityId', message: 'only an instrument has responsibilities' });
  checkDate(problems, 'from', input.from);
  const lastDay = dayBefore(input.from);
  const current = state.links.find((link) => link.type === input.responsibility && link.to === input.fromActorId && (str(link.props.validTo) ?? '9999-12-31') >= input.from);
  if (!current) problems.push({ field: 'fromActorId', message: `${state.id} has no ${input.responsibility} link to "${input.fromActorId}" in force on ${input.from}` });
  else if (str(current.props.validFrom) && lastDay < String(current.props.validFrom)) problems.push({ field: 'from', message: `must be after ${String(current.props.validFrom)}, when the current link started` });
  if (state.others.get(input.toActorId)?.label !== 'Actor') problems.push({ field: 'toActorId', message: `"${input.toActorId}" is not an actor in the graph` });
  if (input.toActorId === input.fromActorId) problems.push({ field: 'toActorId', message: 'is the actor that holds it now' });
  // The body that hears an appeal never also makes the decision (graph-model.md).
  const clash = input.responsibility === 'DECIDED_BY' ? 'APPEALS_TO' : input.responsibility === 'APPEALS_TO' ? 'DECIDED_BY' : null;
  if (clash && state.links.some((link) => link.type === clash && link.to === input.toActorId && inForceOn(link.props, input.from))) {
    problems.push({ field: 'toActorId', message: `"${input.toActorId}" is ${clash} for ${state.id} on ${input.from}: the deciding body cannot also hear the appeal` });
  }
  fieldErrors(problems);
  const ends = { type: input.responsibility as RelationshipType, from: state.id };
  return compiled('MOVE_RESPONSIBILITY', state, basis, [
    { kind: 'patchRelationship', id: String(current?.props.id), ...ends, to: input.fromActorId, set: { validTo: lastDay } },
    {
      kind: 'createRelationship',
      id: freshRelationshipId(state, input.responsibility, input.toActorId),
      ...ends,
      to: input.toActorId,
      props: { validFrom: input.from, sourceIds: [...basis.sourceIds], confidence: confidenceOf(state, basis.sourceIds) },
    },
  ]);
}

export function compileEndEntity(state: EntityState, basis: ChangeBasis, input: { lastDay: string; replacedBy?: string | null }): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  checkDate(problems, 'lastDay', input.lastDay);
  const validFrom = str(state.props.validFrom);
  if (validFrom && input.lastDay < validFrom) problems.push({ field: 'lastDay', message: `must not be before ${validFrom}, when it started` });
  if (input.replacedBy && state.others.get(input.replacedBy)?.label !== state.label) problems.push({ field: 'replacedBy', message: `"${input.replacedBy}" is not a ${state.label} in the graph` });
  fieldErrors(problems);
  const supported = support(state.id, currentSources(state.props), basis.sourceIds);
  const records: RecordOp[] = [{ kind: 'patchNode', id: state.id, set: { validTo: input.lastDay, sourceIds: supported.sourceIds } }, ...supported.ops];
  if (input.replacedBy) {
    records.push({ kind: 'createRelationship', id: freshRelationshipId(state, 'REPLACED_BY', input.replacedBy), type: 'REPLACED_BY', from: state.id, to: input.replacedBy, props: { validFrom: dayAfter(input.lastDay), sourceIds: [...basis.sourceIds], confidence: confidenceOf(state, basis.sourceIds) } });
  }
  return compiled('END_ENTITY', state, basis, records);
}

export function compileAddRelation(state: EntityState, basis: ChangeBasis, input: { type: string; to: string; validFrom?: string | null; validTo?: string | null }): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  const field = Object.values(LINK_FIELDS[state.label] ?? {}).find((spec) => spec.type === input.type);
  const target = state.others.get(input.to);
  if (!field) problems.push({ field: 'type', message: `a ${state.label} has no ${input.type} relation that can be added here` });
  else if (!target || !field.targets.includes(target.label as NodeLabel)) problems.push({ field: 'to', message: `${input.type} must point to ${field.targets.join(' or ')}, and "${input.to}" is not one in the graph` });
  checkDate(problems, 'validFrom', input.validFrom);
  checkDate(problems, 'validTo', input.validTo);
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) problems.push({ field: 'validTo', message: `the period ends (${input.validTo}) before it starts (${input.validFrom})` });
  fieldErrors(problems);
  const props: RecordProps = { sourceIds: [...basis.sourceIds], confidence: confidenceOf(state, basis.sourceIds) };
  if (input.validFrom) props.validFrom = input.validFrom;
  if (input.validTo) props.validTo = input.validTo;
  return compiled('ADD_RELATION', state, basis, [{ kind: 'createRelationship', id: freshRelationshipId(state, input.type, input.to), type: input.type as RelationshipType, from: state.id, to: input.to, props }]);
}

export function compileEndRelation(state: EntityState, basis: ChangeBasis, input: { relationId: string; lastDay: string }): CompiledChange {
  const problems: FieldProblem[] = [];
  checkBasis(problems, state, basis);
  checkDate(problems, 'lastDay', input.lastDay);
  const link = state.links.find((candidate) => candidate.props.id === input.relationId);
  if (!link) problems.push({ field: 'relationId', message: `${state.id} has no current relation "${input.relationId}" (relations are ended from the entity they leave)` });
  else if (str(link.props.validFrom) && input.lastDay < String(link.props.validFrom)) problems.push({ field: 'lastDay', message: `must not be before ${String(link.props.validFrom)}, when the relation started` });
  fieldErrors(problems);
  const sourceIds = [...new Set([...currentSources(link?.props ?? {}), ...basis.sourceIds])];
  return compiled('END_RELATION', state, basis, [{ kind: 'patchRelationship', id: input.relationId, type: (link?.type ?? 'SUPPORTED_BY') as RelationshipType, from: state.id, to: link?.to ?? '', set: { validTo: input.lastDay, sourceIds } }]);
}

export interface AddSourceInput {
  id: string;
  title: string;
  publisher: string;
  url: string;
  compiledOn: string;
  confidence: string;
  reason: string;
}

/** A new source: validated with the seed's source schema; not verified until someone checks it. */
export function compileAddSource(input: AddSourceInput, exists: boolean): CompiledChange {
  const problems: FieldProblem[] = [];
  if (input.reason.trim().length < 3) problems.push({ field: 'reason', message: 'say why the source is added (at least a few words)' });
  if (!idSchema.safeParse(input.id).success) problems.push({ field: 'id', message: 'must be a slug: lowercase letters, digits and hyphens' });
  else if (exists) problems.push({ field: 'id', message: `"${input.id}" is already used` });
  const parsed = sourceSchema.safeParse({ id: input.id, title: input.title.trim(), publisher: input.publisher.trim(), url: input.url.trim(), compiledOn: input.compiledOn, confidence: input.confidence });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.push({ field: issue.path.join('.') || 'input', message: issue.message });
  fieldErrors(problems);
  const props = parsed.success ? sourceProps(parsed.data) : {};
  return {
    operation: 'ADD_SOURCE',
    entityId: input.id,
    entityLabel: 'Source',
    baseVersion: 0,
    reason: input.reason.trim(),
    sourceIds: [input.id],
    records: [{ kind: 'createNode', id: input.id, label: 'Source', props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)) as RecordProps }],
  };
}

export const RESPONSIBILITY_TYPES = RESPONSIBILITIES;
