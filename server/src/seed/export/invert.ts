/**
 * The inverse of build-graph.ts: a record read from the graph back into the seed entry that builds
 * it. Every field is written out (a link's sources and confidence too, where the seeds may leave
 * them to the owner's), so the entry builds the same properties whatever the defaults; what
 * build-graph derives (order keys, a detail's id, SUPPORTED_BY and REQUIRES edges, COMPARES_WITH)
 * is left for it to derive again.
 */
import { COLLECTION_LABELS, LINK_FIELDS, type Collection } from '../../vocabulary/index.ts';
import { JSON_FIELDS, namePeriodId, namePeriodIndex, periodOfKey, PLAIN_FIELDS, TERM_LIST_FIELDS, TEXT_LANGS } from '../seed-fields.ts';
import type { ExportLink, ExportRecord, ExportRelation, Props } from './records.ts';

type Entry = Record<string, unknown>;

/**
 * Ids and dates compared by code unit, as Neo4j's ORDER BY compares strings: the order (and so the
 * bytes of an export) does not depend on the machine's locale.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `{nb, nn, en}` from `<field>_nb` …, or undefined when there is no bokmål text. */
function text(props: Props, field: string): Entry | undefined {
  if (typeof props[`${field}_nb`] !== 'string') return undefined;
  return Object.fromEntries(TEXT_LANGS.filter((lang) => typeof props[`${field}_${lang}`] === 'string').map((lang) => [lang, props[`${field}_${lang}`]]));
}

/** `{nb: [...], …}` from the list properties `<field>_nb` …, or undefined when no language has one. */
function termLists(props: Props, field: string): Entry | undefined {
  const langs = TEXT_LANGS.filter((lang) => Array.isArray(props[`${field}_${lang}`]));
  return langs.length > 0 ? Object.fromEntries(langs.map((lang) => [lang, props[`${field}_${lang}`]])) : undefined;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : undefined);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Drops undefined fields, so the YAML holds only what the graph holds. */
function defined(entry: Entry): Entry {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== null));
}

/** Validity, sources, confidence and note: what build-graph's factProps reads. */
function fact(props: Props): Entry {
  return defined({ validFrom: props.validFrom, validTo: props.validTo, sources: ids(props.sourceIds), confidence: props.confidence, note: text(props, 'note') });
}

const namedBase = (props: Props): Entry => defined({ id: props.id, name: text(props, 'name'), abbreviation: props.abbreviation, description: text(props, 'description'), ...Object.fromEntries(TERM_LIST_FIELDS.map((field) => [field, termLists(props, field)])) });

/** A relationship's `#n` suffix: later periods of one pair are numbered in file order. */
const periodNumber = (link: ExportLink): number => periodOfKey(String(link.props.id ?? ''));

function linkFields(label: string, links: readonly ExportLink[]): Entry {
  const fields: Entry = {};
  for (const [field, spec] of Object.entries(LINK_FIELDS[label as keyof typeof LINK_FIELDS] ?? {})) {
    const own = links.filter((link) => link.type === spec.type).sort((a, b) => compareText(a.to, b.to) || periodNumber(a) - periodNumber(b));
    if (own.length > 0) fields[field] = own.map((link) => defined({ to: link.to, ...fact(link.props) }));
  }
  return fields;
}

function names(record: ExportRecord): Entry[] | undefined {
  if (record.names.length === 0) return undefined;
  const owner = String(record.props.id);
  const indexOf = (props: Props): number => namePeriodIndex(owner, String(props.id)) ?? Number.POSITIVE_INFINITY;
  const sorted = [...record.names].sort((a, b) => indexOf(a) - indexOf(b) || compareText(String(a.validFrom ?? ''), String(b.validFrom ?? '')) || compareText(String(a.id), String(b.id)));
  return sorted.map((props, index) =>
    defined({
      // Written only when build-graph would not derive it (a name period an edit created).
      id: props.id === namePeriodId(owner, index) ? undefined : props.id,
      name: text(props, 'name'),
      abbreviation: props.abbreviation,
      ...fact(props),
    }),
  );
}

function criterion(props: Props): Entry {
  return defined({
    id: props.id,
    text: text(props, 'text'),
    test: json(props.test),
    required: props.required,
    discretionary: props.discretionary,
    explain: json(props.explain),
    whyNot: text(props, 'whyNot'),
    thresholdYear: props.thresholdYear,
    ...fact(props),
  });
}

/** A detail's fields: a page has a url (and a title), the others a text; details carry no validity. */
function detail(props: Props): Entry {
  const { validFrom: _from, validTo: _to, ...provenance } = fact(props);
  return defined({ url: props.url, title: text(props, 'title'), text: text(props, 'text'), ...provenance });
}

function instrumentDetails(details: readonly Props[]): Entry {
  const ofKind = (kind: string): Props[] => details.filter((props) => props.kind === kind).sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));
  const single = (kind: string): Entry | undefined => {
    const [props] = ofKind(kind);
    return props ? detail(props) : undefined;
  };
  const documents = ofKind('document').map(detail);
  return defined({
    applicationPage: single('applicationPage'),
    informationPage: single('informationPage'),
    processingTime: single('processingTime'),
    appealDeadline: single('appealDeadline'),
    documents: documents.length > 0 ? documents : undefined,
  });
}

function source(props: Props): Entry {
  const verification = defined({ on: props.verifiedOn, against: props.verifiedAgainst, copy: props.verifiedCopy, copyDate: props.verifiedCopyDate, readUrl: props.verifiedUrl, note: text(props, 'verificationNote') });
  return defined({
    id: props.id,
    title: props.title,
    publisher: props.publisher,
    url: props.url,
    compiledOn: props.compiledOn,
    verification: Object.keys(verification).length > 0 ? verification : undefined,
    urlFlag: props.urlFlag,
    confidence: props.confidence,
    note: text(props, 'note'),
  });
}

/** Fields build-graph copies as they are (specificProps), minus `kind` where `kinds` holds it. */
function specific(props: Props): Entry {
  const entry: Entry = {};
  for (const key of PLAIN_FIELDS) if (props[key] !== undefined) entry[key] = props[key];
  if (Array.isArray(props.kinds)) delete entry.kind;
  return defined({
    ...entry,
    howToApply: text(props, 'howToApply'),
    noLegalBasisNote: text(props, 'noLegalBasisNote'),
    indicatedWhen: json(props[JSON_FIELDS.indicatedWhen]),
  });
}

function limitTable(record: ExportRecord): Entry {
  const { props } = record;
  const own = new Set(ids(props.sourceIds));
  // The page's sources are the table's SUPPORTED_BY edges beyond its own; the same edge from both is one.
  const pageSources = record.supportedBy.filter((id) => !own.has(id)).sort();
  const groups = [...record.groups].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));
  return defined({
    currentValuesPage: typeof props.currentValuesUrl === 'string' ? { url: props.currentValuesUrl, sources: pageSources.length > 0 ? pageSources : ids(props.sourceIds) } : undefined,
    groups: groups.map((group) => defined({ id: group.id, name: text(group, 'name'), municipalities: json(group.municipalities), allOthers: group.allOthers, values: group.values })),
  });
}

function notice(props: Props): Entry {
  return defined({ id: props.id, kind: props.kind, when: json(props[JSON_FIELDS.when]), title: text(props, 'title'), text: text(props, 'text'), steps: json(props[JSON_FIELDS.steps]) });
}

/** The seed entry of one record of a collection (every collection but `relations`). */
export function entryOf(collection: Collection, record: ExportRecord): Entry {
  const { props } = record;
  if (collection === 'sources') return source(props);
  const label = COLLECTION_LABELS[collection];
  if (collection === 'notices') return { ...notice(props), ...linkFields(label, record.links), ...fact(props) };
  const criteria = [...record.criteria].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0)).map(criterion);
  return defined({
    ...namedBase(props),
    names: names(record),
    ...specific(props),
    ...(collection === 'instruments' ? instrumentDetails(record.details) : {}),
    ...(collection === 'limitTables' ? limitTable(record) : {}),
    ...linkFields(label, record.links),
    criteria: criteria.length > 0 ? criteria : undefined,
    ...fact(props),
  });
}

/** A typed relation between instruments (`relations`). */
export function relationEntryOf(relation: ExportRelation): Entry {
  const { props } = relation;
  return defined({ id: props.id, type: relation.type, from: relation.from, to: relation.to, rationale: text(props, 'rationale'), appliesWhen: json(props.appliesWhen), ...fact(props) });
}
