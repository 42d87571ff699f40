/** The page's two filters, as checkbox groups: none ticked in a group means all of it. */
import type { GapReason } from '../../gql/graphql.ts';
import { REASONS, SUBJECT_KINDS, type GapFilters } from './gaps-view.ts';
import type { GapTexts, SubjectKind } from './texts.ts';

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values, value] : values.filter((known) => known !== value);
}

export function GapFiltersForm({ filters, g, onChange }: { filters: GapFilters; g: GapTexts; onChange: (next: GapFilters) => void }) {
  return (
    <form className="gap-filters no-print" aria-label={g.filters} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="ds-label">{g.subjects}</legend>
        {SUBJECT_KINDS.map((kind: SubjectKind) => (
          <label key={kind} className="gap-choice">
            <input type="checkbox" name="hva" value={kind} checked={filters.kinds.includes(kind)} onChange={(event) => onChange({ ...filters, kinds: toggled(filters.kinds, kind, event.currentTarget.checked) })} />
            {g.subject[kind]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="ds-label">{g.reasons}</legend>
        {REASONS.map((reason: GapReason) => (
          <label key={reason} className="gap-choice">
            <input type="checkbox" name="arsak" value={reason} checked={filters.reasons.includes(reason)} onChange={(event) => onChange({ ...filters, reasons: toggled(filters.reasons, reason, event.currentTarget.checked) })} />
            {g.reason[reason]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
