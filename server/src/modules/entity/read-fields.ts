/**
 * Reading an entity projection the way a root field asked: names in force at `asOf`, text in the
 * requested language with bokmål as the fallback, relationships filtered by type and direction.
 */
import { pickText, textFromRow, type Lang } from '../common/lang.ts';
import { isEntityLabel, type EntityLabel } from '../../vocabulary/index.ts';
import type { LinkRecord, NodeRecord, Props, ReadScope, SourceIndex, SummaryModel } from './entity-model.ts';

export function labelOf(labels: readonly string[]): EntityLabel {
  const label = labels.find(isEntityLabel);
  if (!label) throw new Error(`Node has no entity label: ${labels.join(':')}`);
  return label;
}

export const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function inForceAt(props: Props, asOf: string): boolean {
  const from = str(props.validFrom);
  const to = str(props.validTo);
  return (from === null || from <= asOf) && (to === null || to >= asOf);
}

/** The text field that names a node: `name`, or `text` for criteria, or `title` for sources. */
function nameField(props: Props): 'name' | 'text' {
  return typeof props.name_nb === 'string' ? 'name' : 'text';
}

/** The name period in force at the scope's date, else the node's own (current) name fields. */
function nameSource(node: NodeRecord, asOf: string): Props {
  return node.names.find((period) => inForceAt(period, asOf)) ?? node.props;
}

export function nameOf(node: NodeRecord, scope: ReadScope): { text: string; fallback: boolean } {
  const source = nameSource(node, scope.asOf);
  const text = textFromRow(source, nameField(source));
  if (!text) return { text: str(node.props.title) ?? str(node.props.id) ?? '', fallback: false };
  return pickText(text, scope.lang);
}

export function abbreviationOf(node: NodeRecord, asOf: string): string | null {
  return str(nameSource(node, asOf).abbreviation) ?? str(node.props.abbreviation);
}

export function textOf(props: Props, field: string, lang: Lang): { text: string; fallback: boolean } | null {
  const text = textFromRow(props, field);
  return text ? pickText(text, lang) : null;
}

export function summaryOf(node: NodeRecord, scope: ReadScope): SummaryModel {
  return { scope, node };
}

export function linksOf(links: readonly LinkRecord[], types: readonly string[] | null | undefined, direction?: 'OUT' | 'IN' | null): LinkRecord[] {
  return links.filter((link) => (!types || types.length === 0 || types.includes(link.type)) && (!direction || link.direction === direction));
}

/** The nodes at the other end of links of one type and direction, as summaries. */
export function neighbours(links: readonly LinkRecord[], type: string, direction: 'OUT' | 'IN', scope: ReadScope): SummaryModel[] {
  return linksOf(links, [type], direction).map((link) => summaryOf(link.node, scope));
}

export function sourcesOf(props: Props, index: SourceIndex): Props[] {
  const ids = Array.isArray(props.sourceIds) ? (props.sourceIds as unknown[]) : [];
  return ids.flatMap((id) => {
    const source = typeof id === 'string' ? index.get(id) : undefined;
    return source ? [source] : [];
  });
}

export const upper = (value: unknown): string => String(value ?? '').toUpperCase();

const CONFIDENCES = ['OFFICIAL', 'MUNICIPAL', 'SECONDARY', 'UNVERIFIED'] as const;
export type ConfidenceName = (typeof CONFIDENCES)[number];

/** A stored confidence level as the GraphQL enum; anything unexpected reads as unverified. */
export function confidenceOf(value: unknown): ConfidenceName {
  const name = upper(value);
  return (CONFIDENCES as readonly string[]).includes(name) ? (name as ConfidenceName) : 'UNVERIFIED';
}

/** An entity's published version; 1 for a record written before versions existed. */
export function versionOf(props: Props): number {
  const version = props.version;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : 1;
}
