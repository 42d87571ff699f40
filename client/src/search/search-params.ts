/**
 * The search page's address: `q` the text, and the facet choices as comma-separated lists
 * (`type`, `departement`, `malgruppe`), so a search with its filters can be bookmarked and shared.
 * Ids are slugs and types enum names: neither holds a comma.
 */
import type { EntityType } from '../gql/graphql.ts';

export const FACET_PARAMS = { types: 'type', ministries: 'departement', targetGroups: 'malgruppe' } as const;
export type FacetName = keyof typeof FACET_PARAMS;
export type FacetChoices = Record<FacetName, string[]>;

export const SEARCHABLE_TYPES: readonly EntityType[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS'];

const list = (value: string | null): string[] => (value ? value.split(',').filter((item) => item.length > 0) : []);

export function readChoices(params: URLSearchParams): FacetChoices {
  return {
    types: list(params.get(FACET_PARAMS.types)).filter((type) => (SEARCHABLE_TYPES as readonly string[]).includes(type)),
    ministries: list(params.get(FACET_PARAMS.ministries)).slice(0, 20),
    targetGroups: list(params.get(FACET_PARAMS.targetGroups)).slice(0, 20),
  };
}

/** The choices with `value` of `facet` switched on or off. */
export function toggled(choices: FacetChoices, facet: FacetName, value: string): FacetChoices {
  const current = choices[facet];
  return { ...choices, [facet]: current.includes(value) ? current.filter((item) => item !== value) : [...current, value] };
}

/** URL parameters for `choices`; an empty list removes its parameter. */
export function choiceParams(choices: FacetChoices): Record<string, string | undefined> {
  return Object.fromEntries((Object.keys(FACET_PARAMS) as FacetName[]).map((facet) => [FACET_PARAMS[facet], choices[facet].join(',') || undefined]));
}

export const hasChoices = (choices: FacetChoices): boolean => Object.values(choices).some((values) => values.length > 0);
