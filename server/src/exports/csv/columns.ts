/**
 * What each CSV file holds: one file per entity type and one per relationship type between
 * entities, a column per stored property (a column per language for texts), in a fixed order so a
 * file can be streamed before its rows are known. `columns.test.ts` holds these lists to the seed
 * graph: a property the seeds write but no column names fails it.
 */
import { ENTITY_LABELS, LINK_FIELDS, LINK_TYPES, RELATION_TYPES, URI_SLUGS, type EntityLabel, type LinkType } from '../../vocabulary/index.ts';

const LANGS = ['nb', 'nn', 'en'] as const;
/** `name` → name_nb, name_nn, name_en. */
const perLanguage = (...fields: string[]): string[] => fields.flatMap((field) => LANGS.map((lang) => `${field}_${lang}`));

const named = [...perLanguage('name'), 'abbreviation', ...perLanguage('description', 'searchTerms')];
/** Validity, certainty and citations: what every fact carries. */
const factTail = ['validFrom', 'validTo', 'confidence', 'sourceIds', ...perLanguage('note')];

/** Columns of each entity file after `id` and `uri`. */
export const ENTITY_COLUMNS: Record<EntityLabel, readonly string[]> = {
  Instrument: [...named, 'kind', 'kinds', 'supplySide', 'householdGoals', 'indications', ...perLanguage('howToApply', 'noLegalBasisNote'), ...factTail],
  Actor: [...named, 'kind', 'url', ...factTail],
  LegalBasis: [...named, 'kind', 'reference', 'url', ...factTail],
  TargetGroup: [...named, ...factTail],
  Goal: [...named, 'kind', ...factTail],
  Strategy: [...named, 'kind', 'url', ...factTail],
  Criterion: ['instrumentId', 'order', ...perLanguage('text'), 'required', 'discretionary', 'test', 'explain', ...perLanguage('whyNot'), 'thresholdYear', ...factTail],
  Source: ['title', 'publisher', 'url', 'urlFlag', 'compiledOn', 'confidence', 'verifiedOn', 'verifiedAgainst', 'verifiedCopy', 'verifiedCopyDate', 'verifiedUrl', ...perLanguage('verificationNote', 'note')],
};

/** Columns of a relationship file after `fromId` and `toId`; the typed instrument relations have their own id and rationale. */
const relationColumns = ['id', ...perLanguage('rationale'), 'appliesWhen'];
export const relationshipColumns = (type: LinkType): readonly string[] => [...((RELATION_TYPES as readonly string[]).includes(type) ? relationColumns : []), ...factTail];

/** The entity labels each relationship type starts from (link fields are their owner's; REQUIRES and the typed relations an instrument's). */
export function sourceLabels(type: LinkType): EntityLabel[] {
  if (type === 'REQUIRES' || (RELATION_TYPES as readonly string[]).includes(type)) return ['Instrument'];
  return ENTITY_LABELS.filter((label) => Object.values(LINK_FIELDS[label] ?? {}).some((field) => field.type === type));
}

export interface CsvFile {
  /** The file's name in the ZIP and in `/export/csv/{name}`. */
  name: string;
  header: readonly string[];
}

export interface EntityCsvFile extends CsvFile {
  kind: 'entity';
  label: EntityLabel;
}

export interface RelationshipCsvFile extends CsvFile {
  kind: 'relationship';
  type: LinkType;
  from: EntityLabel[];
}

const kebab = (type: string): string => type.toLowerCase().replace(/_/g, '-');

/** Every CSV file of the export, entity files first, in a stable order. */
export const CSV_FILES: readonly (EntityCsvFile | RelationshipCsvFile)[] = [
  ...ENTITY_LABELS.map((label): EntityCsvFile => ({ kind: 'entity', label, name: `${URI_SLUGS[label]}.csv`, header: ['id', 'uri', ...ENTITY_COLUMNS[label]] })),
  ...[...LINK_TYPES].sort().map((type): RelationshipCsvFile => ({ kind: 'relationship', type, from: sourceLabels(type), name: `relation-${kebab(type)}.csv`, header: ['fromId', 'toId', ...relationshipColumns(type)] })),
];

export const csvFileNamed = (name: string): EntityCsvFile | RelationshipCsvFile | undefined => CSV_FILES.find((file) => file.name === name);
