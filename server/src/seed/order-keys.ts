/**
 * Order keys: one indexed string property per list order, written on every entity at import, so a
 * page is a range seek in index order that stops after `first + 1` entities, whatever the size of
 * the graph (decision 0007). A key is `<Label>␁<value>␁<id>`: the label prefix makes one index
 * serve every label (the range `<Label>␁` to `<Label>␂` holds exactly that label's entities), and
 * the id is the tie-break, so the order is total and a key is also a cursor.
 */
import type { Props } from './build-graph.ts';

export const ORDERS = ['NAME', 'ID', 'VALID_FROM'] as const;
export type Order = (typeof ORDERS)[number];
export type OrderLang = 'nb' | 'nn' | 'en';

/** The property holding each order's key; the names are in cypher/entity/find-entities.cypher too. */
export const ORDER_PROPERTIES = {
  NAME: { nb: 'orderName_nb', nn: 'orderName_nn', en: 'orderName_en' },
  ID: 'orderId',
  VALID_FROM: 'orderValidFrom',
} as const;

export type OrderProperty = 'orderName_nb' | 'orderName_nn' | 'orderName_en' | 'orderId' | 'orderValidFrom';

export function orderProperty(order: Order, lang: OrderLang): OrderProperty {
  return order === 'NAME' ? ORDER_PROPERTIES.NAME[lang] : ORDER_PROPERTIES[order];
}

const SEPARATOR = '\u0001';

/** The key range holding exactly one label's entities. */
export function labelRange(label: string): { low: string; high: string } {
  return { low: `${label}${SEPARATOR}`, high: `${label}\u0002` };
}

/**
 * Sorts the way a Norwegian reader expects: case-insensitive, accents ignored (é as e), and æ, ø, å
 * after z in that order. Code-point order would put å before æ and ø.
 */
export function collationValue(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, '{')
    .replace(/ø/g, '|')
    .replace(/å/g, '}')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The text an entity is listed by in one language: its name, else a criterion's text, else a source's title. */
function listName(props: Props, lang: OrderLang): string {
  return str(props[`name_${lang}`]) ?? str(props.name_nb) ?? str(props[`text_${lang}`]) ?? str(props.text_nb) ?? str(props.title) ?? String(props.id);
}

const key = (label: string, value: string, id: string): string => `${label}${SEPARATOR}${value}${SEPARATOR}${id}`;

/** Every order key of one entity. `validFrom` is an ISO date string in the seed graph, or absent. */
export function orderKeys(label: string, props: Props): Record<OrderProperty, string> {
  const id = String(props.id);
  return {
    orderName_nb: key(label, collationValue(listName(props, 'nb')), id),
    orderName_nn: key(label, collationValue(listName(props, 'nn')), id),
    orderName_en: key(label, collationValue(listName(props, 'en')), id),
    orderId: key(label, '', id),
    orderValidFrom: key(label, str(props.validFrom) ?? '', id),
  };
}
