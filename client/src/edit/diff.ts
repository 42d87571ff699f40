/**
 * Turning a change's field-level diff into something a reviewer reads: the API gives each value
 * as JSON (null when absent); a text is shown as text, a text in three languages as three labelled
 * lines, a list as its items, and only anything else as JSON.
 */

export type FieldChangeLike = { record: string; action: 'CREATED' | 'CHANGED' | 'CLOSED'; field: string; before?: string | null | undefined; after?: string | null | undefined };

export type DiffValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'languages'; entries: { lang: 'nb' | 'nn' | 'en'; text: string }[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'json'; text: string };

const LANGS = ['nb', 'nn', 'en'] as const;

function isLanguageText(value: object): value is Partial<Record<(typeof LANGS)[number], unknown>> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (LANGS as readonly string[]).includes(key)) && Object.values(value).every((text) => text === null || typeof text === 'string');
}

/** One side of a field change, parsed. A value that is not JSON at all is shown as it came. */
export function parseValue(json: string | null | undefined): DiffValue {
  if (json === null || json === undefined) return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json === '' ? { kind: 'empty' } : { kind: 'text', text: json };
  }
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return { kind: 'list', items: value.map(String) };
    return { kind: 'json', text: JSON.stringify(value, null, 2) };
  }
  if (typeof value === 'object' && isLanguageText(value)) {
    const entries = LANGS.flatMap((lang) => {
      const text = value[lang];
      return typeof text === 'string' && text !== '' ? [{ lang, text }] : [];
    });
    return entries.length === 0 ? { kind: 'empty' } : { kind: 'languages', entries };
  }
  return { kind: 'json', text: JSON.stringify(value, null, 2) };
}

/** A value in one line (for summaries and tests); languages as `nb: …; nn: …`. */
export function valueText(value: DiffValue, empty: string): string {
  switch (value.kind) {
    case 'empty':
      return empty;
    case 'text':
    case 'json':
      return value.text;
    case 'list':
      return value.items.join(', ');
    case 'languages':
      return value.entries.map((entry) => `${entry.lang}: ${entry.text}`).join('; ');
  }
}

export type RecordDiff = { record: string; action: FieldChangeLike['action']; fields: FieldChangeLike[] };

/** Field changes grouped by record, in the order the API gave them; fields that did not change are left out. */
export function groupByRecord<T extends FieldChangeLike>(fields: readonly T[]): (RecordDiff & { fields: T[] })[] {
  const groups = new Map<string, RecordDiff & { fields: T[] }>();
  for (const field of fields) {
    if (field.action === 'CHANGED' && (field.before ?? null) === (field.after ?? null)) continue;
    let group = groups.get(field.record);
    if (!group) {
      group = { record: field.record, action: field.action, fields: [] };
      groups.set(field.record, group);
    }
    group.fields.push(field);
  }
  return [...groups.values()];
}

export type RecordName = { kind: 'entity'; id: string } | { kind: 'relation'; from: string; type: string; to: string; period: number };

/** An entity or part id (`startlan`), or a relationship id (`startlan|ADMINISTERED_BY|husbanken#2`). */
export function parseRecord(record: string): RecordName {
  const parts = record.split('|');
  if (parts.length === 3 && parts.every(Boolean)) {
    const [from, type, toAndPeriod] = parts as [string, string, string];
    const match = /^(.*)#(\d+)$/.exec(toAndPeriod);
    return { kind: 'relation', from, type, to: match ? match[1]! : toAndPeriod, period: match ? Number(match[2]) : 1 };
  }
  return { kind: 'entity', id: record };
}
