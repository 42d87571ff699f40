import type { z } from 'zod';
import { COLLECTION_LABELS, LINK_FIELDS, type Collection, type InstrumentDetailKind, type NodeLabel, type RelationshipType } from '../vocabulary/index.ts';
import type { Position, SeedProblem } from './problems.ts';
import { comparisonsIn, CONFIDENCE_LEVELS, type instrumentSchema, type limitTableSchema, type linkSchema, type SeedFile, type sourceSchema, type textSchema } from './schema.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';
import { JSON_FIELDS, namePeriodId, periodKey, PLAIN_FIELDS, TERM_LIST_FIELDS, TEXT_LANGS } from './seed-fields.ts';

type TermLists = Partial<Record<(typeof TEXT_LANGS)[number], string[]>>;

type Text = z.infer<typeof textSchema>;
type Link = z.infer<typeof linkSchema>;
type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type Props = Record<string, unknown>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Props;
  at: Position;
}

export interface GraphRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** The relationship's stable id, across imports and edits (`from|TYPE|to`, or a relation's own id). */
  key: string;
  props: Props;
  at: Position;
  /** Labels the target may have; checked once all nodes are known. */
  targets?: readonly NodeLabel[];
}

export interface SeedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** A seed file's lists, with `null` in place of entries that failed validation. */
export type LoadedSeedFile = { [K in keyof SeedFile]?: SeedFile[K] extends (infer T)[] | undefined ? (T | null)[] : never };

export interface ParsedSeedFile {
  source: YamlSource;
  data: LoadedSeedFile;
}

/** Flattens word lists per language into `<field>_nb` … list properties; a missing language is null. */
export function termListProps(field: string, lists: TermLists | undefined): Props {
  if (!lists) return {};
  return Object.fromEntries(TEXT_LANGS.map((lang) => [`${field}_${lang}`, lists[lang] ?? null]));
}

/** Every word-list field of a named entry (searchTerms), flattened. */
const termListsOf = (entry: Partial<Record<(typeof TERM_LIST_FIELDS)[number], TermLists>>): Props =>
  Object.assign({}, ...TERM_LIST_FIELDS.map((field) => termListProps(field, entry[field]))) as Props;

/** Flattens multilingual text into `<field>_nb`, `<field>_nn`, `<field>_en` properties. */
export function textProps(field: string, text: Text | undefined): Props {
  if (!text) return {};
  return Object.fromEntries(TEXT_LANGS.map((lang) => [`${field}_${lang}`, text[lang] ?? null]));
}

interface Fact {
  validFrom?: string | undefined;
  validTo?: string | undefined;
  sources?: string[] | undefined;
  confidence?: Confidence | undefined;
  note?: Text | undefined;
}

/**
 * Turns validated seed files into nodes and relationships, and finds what a schema cannot:
 * duplicate ids, references to ids that do not exist or have the wrong type, and periods that
 * end before they start. Every problem carries its file:line:col.
 */
export function buildGraph(files: readonly ParsedSeedFile[], invalidIds: ReadonlySet<string> = new Set()): { graph: SeedGraph; problems: SeedProblem[] } {
  const nodes = new Map<string, GraphNode>();
  const relationships: (GraphRelationship & { period?: string })[] = [];
  const problems: SeedProblem[] = [];
  const sourceConfidence = new Map<string, Confidence>();
  const pendingFacts: { fact: Fact; at: Position }[] = [];

  const problem = (at: Position, message: string): void => {
    problems.push({ ...at, message });
  };
  // An entry that failed its schema is reported already; references to it are not "missing".
  const exists = (id: string): boolean => nodes.has(id) || invalidIds.has(id);

  const checkPeriod = (fact: Fact, at: Position): void => {
    if (fact.validFrom && fact.validTo && fact.validTo < fact.validFrom) {
      problem(at, `the period ends (validTo ${fact.validTo}) before it starts (validFrom ${fact.validFrom})`);
    }
  };

  // Sources may be defined in any file, so learn their confidence before reading the facts.
  for (const { data } of files) {
    for (const entry of data.sources ?? []) if (entry) sourceConfidence.set(entry.id, entry.confidence);
  }
  /** Validity, provenance and confidence: the explicit level, else the best level among its sources. */
  const factProps = (fact: Fact, at: Position): Props => {
    const known = (fact.sources ?? []).map((id) => sourceConfidence.get(id));
    const best = CONFIDENCE_LEVELS.find((level) => known.includes(level)) ?? 'unverified';
    const props: Props = {
      validFrom: fact.validFrom ?? null,
      validTo: fact.validTo ?? null,
      sourceIds: fact.sources ?? [],
      confidence: fact.confidence ?? best,
      ...textProps('note', fact.note),
    };
    pendingFacts.push({ fact, at });
    return props;
  };

  const addNode = (id: string, label: NodeLabel, props: Props, at: Position): void => {
    const existing = nodes.get(id);
    if (existing) {
      problem(at, `duplicate id "${id}" (first defined at ${existing.at.file}:${existing.at.line}:${existing.at.col})`);
      return;
    }
    nodes.set(id, { id, label, props: { id, ...props }, at });
  };

  const addSupport = (from: string, sources: readonly string[], at: Position): void => {
    for (const sourceId of sources) {
      relationships.push({ type: 'SUPPORTED_BY', from, to: sourceId, key: `${from}|SUPPORTED_BY|${sourceId}`, props: {}, at, targets: ['Source'] });
    }
  };

  const addLinks = (from: string, label: NodeLabel, entry: Record<string, unknown>, ownerSources: string[], file: YamlSource, path: PathSegment[]): void => {
    for (const [field, spec] of Object.entries(LINK_FIELDS[label] ?? {})) {
      const list = (entry[field] as Link[] | undefined) ?? [];
      list.forEach((link, index) => {
        const at = file.positionOf([...path, field, index]);
        const object = typeof link === 'string' ? { to: link } : link;
        const fact: Fact = { ...object, sources: object.sources ?? ownerSources };
        checkPeriod(fact, at);
        relationships.push({
          type: spec.type,
          from,
          to: object.to,
          // Numbered below when the pair has more than one period (stableRelationshipIds).
          key: `${from}|${spec.type}|${object.to}`,
          period: object.validFrom ?? '',
          props: factProps(fact, at),
          at,
          targets: spec.targets,
        });
      });
    }
  };

  /** Pages, processing time, appeal deadline and documents: one sourced InstrumentDetail node each. */
  const addInstrumentDetails = (instrument: Instrument, file: YamlSource, path: PathSegment[]): void => {
    const details: { kind: InstrumentDetailKind; field: string[]; detail: Detail; order: number }[] = [];
    if (instrument.applicationPage) details.push({ kind: 'applicationPage', field: ['applicationPage'], detail: instrument.applicationPage, order: 0 });
    if (instrument.informationPage) details.push({ kind: 'informationPage', field: ['informationPage'], detail: instrument.informationPage, order: 0 });
    if (instrument.processingTime) details.push({ kind: 'processingTime', field: ['processingTime'], detail: instrument.processingTime, order: 0 });
    if (instrument.appealDeadline) details.push({ kind: 'appealDeadline', field: ['appealDeadline'], detail: instrument.appealDeadline, order: 0 });
    (instrument.documents ?? []).forEach((document, index) => details.push({ kind: 'document', field: ['documents', String(index)], detail: document, order: index }));
    for (const { kind, field, detail, order } of details) {
      const at = file.positionOf([...path, ...field.map((part) => (/^\d+$/.test(part) ? Number(part) : part))]);
      const id = kind === 'document' ? `${instrument.id}-document-${order + 1}` : `${instrument.id}-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      checkPeriod(detail, at);
      const props: Props = { ...factProps(detail, at), instrumentId: instrument.id, kind, order, url: 'url' in detail ? detail.url : null };
      Object.assign(props, textProps('text', 'text' in detail ? detail.text : undefined), textProps('title', 'title' in detail ? detail.title : undefined));
      addNode(id, 'InstrumentDetail', props, at);
      relationships.push({ type: 'HAS_DETAIL', from: instrument.id, to: id, key: `${instrument.id}|HAS_DETAIL|${id}`, props: { kind }, at });
      addSupport(id, detail.sources, at);
    }
  };

  for (const { source: file, data } of files) {
    for (const [index, entry] of (data.sources ?? []).entries()) {
      if (!entry) continue;
      const at = file.positionOf(['sources', index]);
      addNode(entry.id, 'Source', sourceProps(entry), at);
    }
    for (const collection of Object.keys(COLLECTION_LABELS) as Collection[]) {
      if (collection === 'sources') continue;
      const label = COLLECTION_LABELS[collection];
      for (const [index, entry] of (data[collection] ?? []).entries()) {
        if (!entry) continue;
        const path: PathSegment[] = [collection, index];
        const at = file.positionOf(path);
        checkPeriod(entry, at);
        // A notice has a title and text instead of a name and description.
        const named = 'name' in entry ? entry : null;
        const props: Props = {
          ...factProps(entry, at),
          ...(named ? { ...textProps('name', named.name), abbreviation: named.abbreviation ?? null, ...textProps('description', named.description), ...termListsOf(named) } : {}),
          ...specificProps(entry as unknown as Record<string, unknown>),
        };
        addNode(entry.id, label, props, at);
        addSupport(entry.id, entry.sources, at);
        addLinks(entry.id, label, entry as unknown as Record<string, unknown>, entry.sources, file, path);
        for (const [nameIndex, period] of (named?.names ?? []).entries()) {
          const periodAt = file.positionOf([...path, 'names', nameIndex]);
          const periodId = period.id ?? namePeriodId(entry.id, nameIndex);
          checkPeriod(period, periodAt);
          addNode(periodId, 'NamePeriod', { ...factProps(period, periodAt), ...textProps('name', period.name), abbreviation: period.abbreviation ?? null }, periodAt);
          relationships.push({ type: 'HAS_NAME', from: entry.id, to: periodId, key: `${entry.id}|HAS_NAME|${periodId}`, props: { sourceIds: period.sources }, at: periodAt });
          addSupport(periodId, period.sources, periodAt);
        }
        if (collection === 'instruments') {
          addInstrumentDetails(entry as Instrument, file, path);
        }
        if (collection === 'limitTables') {
          const page = (entry as LimitTable).currentValuesPage;
          if (page) {
            Object.assign(nodes.get(entry.id)?.props ?? {}, { currentValuesUrl: page.url });
            addSupport(entry.id, page.sources, file.positionOf([...path, 'currentValuesPage']));
          }
          for (const [groupIndex, group] of (entry as LimitTable).groups.entries()) {
            const groupAt = file.positionOf([...path, 'groups', groupIndex]);
            addNode(
              group.id,
              'MunicipalityGroup',
              {
                tableId: entry.id,
                ...textProps('name', group.name),
                allOthers: group.allOthers,
                values: group.values,
                municipalityNumbers: group.municipalities.map((m) => m.number),
                municipalities: JSON.stringify(group.municipalities),
                order: groupIndex,
              },
              groupAt,
            );
            relationships.push({ type: 'GROUP_OF', from: group.id, to: entry.id, key: `${group.id}|GROUP_OF|${entry.id}`, props: {}, at: groupAt });
          }
        }
        if ('criteria' in entry) {
          for (const [criterionIndex, criterion] of (entry.criteria ?? []).entries()) {
            const criterionAt = file.positionOf([...path, 'criteria', criterionIndex]);
            checkPeriod(criterion, criterionAt);
            addNode(
              criterion.id,
              'Criterion',
              {
                ...factProps(criterion, criterionAt),
                instrumentId: entry.id,
                ...textProps('text', criterion.text),
                test: criterion.test ? JSON.stringify(criterion.test) : null,
                required: criterion.required,
                discretionary: criterion.discretionary,
                explain: criterion.explain ? JSON.stringify(criterion.explain) : null,
                ...textProps('whyNot', criterion.whyNot),
                thresholdYear: criterion.thresholdYear ?? null,
                order: criterionIndex,
              },
              criterionAt,
            );
            relationships.push({ type: 'REQUIRES', from: entry.id, to: criterion.id, key: `${entry.id}|REQUIRES|${criterion.id}`, props: { sourceIds: criterion.sources }, at: criterionAt });
            addSupport(criterion.id, criterion.sources, criterionAt);
            for (const comparison of criterion.test ? comparisonsIn(criterion.test) : []) {
              const table = comparison.valueFromTable?.table;
              if (!table) continue;
              relationships.push({ type: 'COMPARES_WITH', from: criterion.id, to: table, key: `${criterion.id}|COMPARES_WITH|${table}`, props: {}, at: criterionAt, targets: ['LimitTable'] });
            }
          }
        }
      }
    }
    for (const [index, relation] of (data.relations ?? []).entries()) {
      if (!relation) continue;
      const at = file.positionOf(['relations', index]);
      checkPeriod(relation, at);
      if (relation.from === relation.to) problem(at, `a relation cannot link "${relation.from}" to itself`);
      const props = {
        ...factProps(relation, at),
        id: relation.id,
        ...textProps('rationale', relation.rationale),
        appliesWhen: relation.appliesWhen ? JSON.stringify(relation.appliesWhen) : null,
      };
      relationships.push({ type: relation.type, from: relation.from, to: relation.to, key: relation.id, props, at, targets: ['Instrument'] });
    }
  }

  for (const relationship of relationships) {
    const origin = nodes.get(relationship.from);
    const target = nodes.get(relationship.to);
    const what = relationship.type === 'SUPPORTED_BY' ? 'a source' : 'an id';
    if (!origin && !exists(relationship.from)) problem(relationship.at, `reference to an id that does not exist: "${relationship.from}"`);
    if (!target) {
      if (!exists(relationship.to)) problem(relationship.at, `reference to ${what} that does not exist: "${relationship.to}"`);
    } else if (relationship.targets && !relationship.targets.includes(target.label)) {
      problem(relationship.at, `"${relationship.to}" is a ${target.label}, but ${relationship.type} must point to ${relationship.targets.join(' or ')}`);
    }
  }
  // Sources cited by links and relations are properties, not SUPPORTED_BY edges: check them too.
  const reported = new Set(problems.map((p) => `${p.file}:${p.line}:${p.col}:${p.message}`));
  for (const { fact, at } of pendingFacts) {
    for (const sourceId of fact.sources ?? []) {
      const message = `reference to a source that does not exist: "${sourceId}"`;
      if (nodes.get(sourceId)?.label === 'Source' || invalidIds.has(sourceId) || reported.has(`${at.file}:${at.line}:${at.col}:${message}`)) continue;
      reported.add(`${at.file}:${at.line}:${at.col}:${message}`);
      problem(at, message);
    }
  }

  return { graph: { nodes: [...nodes.values()], relationships: stableRelationshipIds(relationships) }, problems };
}

/**
 * A relationship's id is `from|TYPE|to`; a pair linked for more than one period gets `#2`, `#3` for
 * the later entries in file order (decision 0008). Its dates are not part of it, so editing a
 * period keeps the relationship's identity. An entry repeated with the same period is one fact.
 */
function stableRelationshipIds(relationships: readonly (GraphRelationship & { period?: string })[]): GraphRelationship[] {
  const seen = new Set<string>();
  const periods = new Map<string, number>();
  const result: GraphRelationship[] = [];
  for (const { period, ...relationship } of relationships) {
    const fact = `${relationship.key}|${period ?? ''}`;
    if (seen.has(fact)) continue;
    seen.add(fact);
    const count = (periods.get(relationship.key) ?? 0) + 1;
    periods.set(relationship.key, count);
    result.push({ ...relationship, key: periodKey(relationship.key, count) });
  }
  return result;
}

type Instrument = z.infer<typeof instrumentSchema>;
type LimitTable = z.infer<typeof limitTableSchema>;
type Detail = NonNullable<Instrument['applicationPage'] | Instrument['processingTime']>;

/** Conditions and texts stored as JSON: read only by the situation engine, checked where they leave the driver. */
function jsonProps(entry: Record<string, unknown>): Props {
  const props: Props = {};
  // A notice's `when` may be any condition; the lists are stored only where they are lists.
  if (Array.isArray(entry.indicatedWhen)) props[JSON_FIELDS.indicatedWhen] = JSON.stringify(entry.indicatedWhen);
  if (entry.when !== undefined) props[JSON_FIELDS.when] = JSON.stringify(entry.when);
  if (Array.isArray(entry.steps)) props[JSON_FIELDS.steps] = JSON.stringify(entry.steps);
  Object.assign(props, textProps('title', entry.title as Text | undefined), textProps('text', entry.text as Text | undefined));
  return props;
}

function specificProps(entry: Record<string, unknown>): Props {
  const props: Props = jsonProps(entry);
  for (const key of PLAIN_FIELDS) {
    if (entry[key] !== undefined) props[key] = entry[key];
  }
  if (Array.isArray(entry.kinds)) props.kind = entry.kinds[0];
  Object.assign(props, textProps('howToApply', entry.howToApply as Text | undefined), textProps('noLegalBasisNote', entry.noLegalBasisNote as Text | undefined));
  return props;
}

/** A source's properties; verification is flattened, absent fields become null (never "checked"). */
export function sourceProps(entry: z.infer<typeof sourceSchema>): Props {
  const verification = entry.verification;
  return {
    title: entry.title,
    publisher: entry.publisher,
    url: entry.url,
    compiledOn: entry.compiledOn,
    confidence: entry.confidence,
    urlFlag: entry.urlFlag ?? null,
    verifiedOn: verification?.on ?? null,
    verifiedAgainst: verification?.against ?? null,
    verifiedCopy: verification?.copy ?? null,
    verifiedCopyDate: verification?.copyDate ?? null,
    verifiedUrl: verification?.readUrl ?? null,
    ...textProps('verificationNote', verification?.note),
    ...textProps('note', entry.note),
  };
}
