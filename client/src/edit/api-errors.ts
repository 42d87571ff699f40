/**
 * Reading the API's errors for the editing screens. The server says what is wrong in
 * `extensions.code` (BAD_USER_INPUT with `extensions.field`, CONFLICT with the entity and its newer
 * version, FORBIDDEN, UNAUTHENTICATED …); a form shows a field's error next to the field and the
 * rest above the form.
 */

/** The part of urql's CombinedError these helpers read (kept structural so tests need no urql). */
export type ApiError = {
  graphQLErrors: readonly { message: string; extensions?: Record<string, unknown> | undefined }[];
  networkError?: { message: string } | undefined;
};

/**
 * The form key for the API's field path: the operation's wrapper (`input.`, `basis.`, `facts.`)
 * is left out, so `input.basis.reason` and `reason` both land on the reason field.
 */
export function fieldKey(path: string): string {
  let key = path;
  for (;;) {
    const next = key.replace(/^(input|basis|facts)\./, '');
    if (next === key) return key;
    key = next;
  }
}

export type SplitErrors = {
  /** Form key → message, for fields the form has. */
  fields: Record<string, string>;
  /** Everything else, in words for the person. */
  general: string[];
};

/**
 * Splits an error into messages per known field and the rest. A field the form does not show
 * (`knownFields`) still has its message shown, with the field named, so nothing is lost.
 */
export function splitErrors(error: ApiError | undefined, knownFields: readonly string[]): SplitErrors {
  const result: SplitErrors = { fields: {}, general: [] };
  if (!error) return result;
  for (const item of error.graphQLErrors) {
    const code = item.extensions?.code;
    const field = item.extensions?.field;
    if (code === 'BAD_USER_INPUT' && typeof field === 'string') {
      const shortKey = fieldKey(field);
      const key = matchField(shortKey, knownFields);
      if (key !== null) {
        result.fields[key] = result.fields[key] ? `${result.fields[key]} ${item.message}` : item.message;
        continue;
      }
      result.general.push(`${shortKey}: ${item.message}`);
      continue;
    }
    result.general.push(item.message);
  }
  if (error.networkError && error.graphQLErrors.length === 0) result.general.push(error.networkError.message);
  return result;
}

/** The form's field for a key: the same key, or the nearest enclosing one (`name.nb` → `name`, `sourceIds.0` → `sourceIds`). */
function matchField(key: string, knownFields: readonly string[]): string | null {
  let candidate = key;
  for (;;) {
    if (knownFields.includes(candidate)) return candidate;
    const dot = candidate.lastIndexOf('.');
    if (dot < 0) return null;
    candidate = candidate.slice(0, dot);
  }
}

export type EntityConflict = { entityId: string; currentVersion: number | null; expectedVersion: number | null };
export type Conflict = { entities: EntityConflict[]; message: string };

/**
 * A CONFLICT refusal because entities changed since the change was drafted (`extensions.conflicts`:
 * each entity, the version drafted against and the version now; null when it is gone), or null.
 * A CONFLICT about the change set's own status (already published, no longer a draft) has no
 * entities and is an ordinary error.
 */
export function conflictOf(error: ApiError | undefined): Conflict | null {
  const item = error?.graphQLErrors.find((candidate) => candidate.extensions?.code === 'CONFLICT' && Array.isArray(candidate.extensions.conflicts));
  if (!item) return null;
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  const entities = (item.extensions?.conflicts as unknown[]).flatMap((entry): EntityConflict[] => {
    if (!entry || typeof entry !== 'object') return [];
    const value = entry as Record<string, unknown>;
    return typeof value.entityId === 'string' ? [{ entityId: value.entityId, currentVersion: number(value.currentVersion), expectedVersion: number(value.expectedVersion) }] : [];
  });
  return entities.length > 0 ? { entities, message: item.message } : null;
}

/** The error's code when every part of it has the same one (FORBIDDEN, UNAUTHENTICATED …). */
export function errorCode(error: ApiError | undefined): string | null {
  const codes = new Set(error?.graphQLErrors.map((item) => item.extensions?.code).filter((code): code is string => typeof code === 'string'));
  return codes.size === 1 ? [...codes][0]! : null;
}
