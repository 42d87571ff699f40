/**
 * Seed files written entry by entry: a header, the collection's key, then each entry as a YAML
 * sequence item as it arrives, so a file never has to be whole in memory. The formatting is fixed
 * (no line folding, keys in the order the inverse writes them), so two exports of the same graph
 * are byte-identical and a diff between exports shows only what changed.
 */
import { stringify } from 'yaml';

export const SCHEMA_HEADER = '# yaml-language-server: $schema=./schema.json\n';

const OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/** The start of a collection's file, before its first entry. */
export function fileStart(collection: string, comment: string): string {
  return `${SCHEMA_HEADER}# ${comment}\n${collection}:\n`;
}

/** One entry as an item of the collection's list, indented under its key. */
export function entryText(entry: Record<string, unknown>): string {
  return stringify([entry], OPTIONS)
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}

/** A collection with no entries: an empty list, so the file still says what it is. */
export const EMPTY_LIST = '  []\n';
