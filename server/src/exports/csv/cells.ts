/**
 * One stored value as one CSV cell: dates are already ISO strings (to-plain.ts), lists are joined
 * with "; " (ids and enum values never contain it), structured values (a criterion's test, a
 * relation's appliesWhen) are their JSON, and a missing value is an empty cell.
 */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.every((item) => typeof item !== 'object' || item === null) ? value.map((item) => cell(item)).join('; ') : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
