/**
 * How seed fields become graph properties, where build-graph.ts (seed → graph) and the seeds export
 * (export/invert.ts, graph → seed) must agree: one definition both import, so the round trip
 * cannot drift when a field is added to one side only.
 */

/** The languages of a multilingual text; `<field>_<lang>` on the node. */
export const TEXT_LANGS = ['nb', 'nn', 'en'] as const;

/** Seed fields holding a list of words per language: `<field>_<lang>`, a list of strings, on the node. */
export const TERM_LIST_FIELDS = ['searchTerms'] as const;

/** Seed fields stored on the node as they are, under the same name (a type's specific facts). */
export const PLAIN_FIELDS = ['kind', 'reference', 'supplySide', 'householdGoals', 'kinds', 'url', 'municipalityNumber', 'unit'] as const;

/** Seed fields (conditions, steps) stored as a JSON string, by property name. */
export const JSON_FIELDS = { indicatedWhen: 'indications', when: 'when', steps: 'steps' } as const;

/** The id a name period gets from its place in the owner's `names` list, when it has no `id`. */
export const namePeriodId = (ownerId: string, index: number): string => `${ownerId}-name-${index + 1}`;

/** The list place `namePeriodId` gave `id`, or undefined for an id of another form (an edit's). */
export function namePeriodIndex(ownerId: string, id: string): number | undefined {
  const prefix = `${ownerId}-name-`;
  const rest = id.startsWith(prefix) ? id.slice(prefix.length) : '';
  return /^[1-9]\d*$/.test(rest) ? Number(rest) - 1 : undefined;
}

/** A relationship id for the `period`-th (1-based) link of one pair: `from|TYPE|to`, then `#2`, `#3`. */
export const periodKey = (key: string, period: number): string => (period === 1 ? key : `${key}#${period}`);

/** Which period of its pair a relationship id names (1 without a `#n` suffix). */
export const periodOfKey = (key: string): number => Number(/#(\d+)$/.exec(key)?.[1] ?? 1);
