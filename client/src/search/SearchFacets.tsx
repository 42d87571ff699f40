/**
 * The facet checkboxes: type, ministry and target group, each with its count. A change is written
 * to the address at once (no apply button); the counts come from the API (SearchFacets).
 */
import { useId } from 'react';
import type { EntityType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import type { FacetChoices, FacetName } from './search-params.ts';
import { SEARCH_TEXTS } from './texts.ts';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface FacetCounts {
  types: readonly { value: EntityType; count: number }[];
  ministries: readonly { count: number; entity: { id: string; name: string } }[];
  targetGroups: readonly { count: number; entity: { id: string; name: string } }[];
}

function FacetGroup({ facet, legend, options, chosen, onToggle }: { facet: FacetName; legend: string; options: readonly FacetOption[]; chosen: readonly string[]; onToggle: (facet: FacetName, value: string) => void }) {
  const { locale } = useT();
  const s = SEARCH_TEXTS[locale];
  const id = useId();
  if (options.length === 0) return null;
  return (
    <fieldset className="search-facet" data-facet={facet}>
      <legend className="ds-label">{legend}</legend>
      <ul className="plain-list">
        {options.map((option) => (
          <li key={option.value}>
            <input type="checkbox" className="ds-input" id={`${id}-${option.value}`} value={option.value} checked={chosen.includes(option.value)} onChange={() => onToggle(facet, option.value)} />
            <label htmlFor={`${id}-${option.value}`}>
              {option.label} <span className="search-facet__count" aria-label={s.count(option.count)}>({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function SearchFacets({ counts, choices, onToggle }: { counts: FacetCounts; choices: FacetChoices; onToggle: (facet: FacetName, value: string) => void }) {
  const { t, locale } = useT();
  const s = SEARCH_TEXTS[locale];
  const groups: { facet: FacetName; legend: string; options: FacetOption[] }[] = [
    { facet: 'types', legend: s.types, options: counts.types.map(({ value, count }) => ({ value, label: t.entityTypes[value], count })) },
    { facet: 'ministries', legend: s.ministries, options: counts.ministries.map(({ entity, count }) => ({ value: entity.id, label: entity.name, count })) },
    { facet: 'targetGroups', legend: s.targetGroups, options: counts.targetGroups.map(({ entity, count }) => ({ value: entity.id, label: entity.name, count })) },
  ];
  return (
    <section className="search-facets" aria-labelledby="search-facets-heading">
      <h2 id="search-facets-heading" className="ds-heading search-facets__heading">{s.filtersHeading}</h2>
      <p className="muted search-facets__note">{s.filterNote}</p>
      {groups.map((group) => <FacetGroup key={group.facet} {...group} chosen={choices[group.facet]} onToggle={onToggle} />)}
    </section>
  );
}
