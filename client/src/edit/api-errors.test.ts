import { describe, expect, it } from 'vitest';
import { conflictOf, errorCode, fieldKey, splitErrors } from './api-errors.ts';

const bad = (field: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('fieldKey', () => {
  it('leaves out the operation wrappers', () => {
    expect(fieldKey('input.basis.reason')).toBe('reason');
    expect(fieldKey('facts.description.nb')).toBe('description.nb');
    expect(fieldKey('from')).toBe('from');
  });
});

describe('splitErrors', () => {
  it('puts a field error on the field and the nearest enclosing field', () => {
    const split = splitErrors({ graphQLErrors: [bad('input.from', 'Datoen må være etter 2020-01-01.'), bad('input.name.nb', 'Navnet mangler.'), bad('basis.sourceIds.0', 'Kilden finnes ikke.')] }, ['from', 'name', 'sourceIds']);
    expect(split.fields).toEqual({ from: 'Datoen må være etter 2020-01-01.', name: 'Navnet mangler.', sourceIds: 'Kilden finnes ikke.' });
    expect(split.general).toEqual([]);
  });

  it('keeps errors for fields the form does not show, and other errors, as general messages', () => {
    const split = splitErrors({ graphQLErrors: [bad('input.kind', 'Ukjent art.'), { message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }] }, ['from']);
    expect(split.fields).toEqual({});
    expect(split.general).toEqual(['kind: Ukjent art.', 'Du må logge inn.']);
  });

  it('reports a network error when there is no GraphQL error', () => {
    expect(splitErrors({ graphQLErrors: [], networkError: { message: 'Failed to fetch' } }, []).general).toEqual(['Failed to fetch']);
  });

  it('gives nothing for no error', () => {
    expect(splitErrors(undefined, ['a'])).toEqual({ fields: {}, general: [] });
  });
});

describe('conflictOf', () => {
  it('names each entity, the version drafted against and the version now', () => {
    const error = { graphQLErrors: [{ message: 'husbanken changed', extensions: { code: 'CONFLICT', conflicts: [{ entityId: 'husbanken', expectedVersion: 1, currentVersion: 3 }, { entityId: 'gone', expectedVersion: 2, currentVersion: null }] } }] };
    expect(conflictOf(error)).toEqual({
      entities: [
        { entityId: 'husbanken', expectedVersion: 1, currentVersion: 3 },
        { entityId: 'gone', expectedVersion: 2, currentVersion: null },
      ],
      message: 'husbanken changed',
    });
  });

  it('is null for other errors, and for a CONFLICT about the change set itself', () => {
    expect(conflictOf({ graphQLErrors: [bad('from', 'x')] })).toBeNull();
    expect(conflictOf({ graphQLErrors: [{ message: 'The change set is published.', extensions: { code: 'CONFLICT', status: 'PUBLISHED' } }] })).toBeNull();
  });
});

describe('errorCode', () => {
  it('is the one code all parts share, else null', () => {
    expect(errorCode({ graphQLErrors: [{ message: 'a', extensions: { code: 'FORBIDDEN' } }] })).toBe('FORBIDDEN');
    expect(errorCode({ graphQLErrors: [{ message: 'a', extensions: { code: 'FORBIDDEN' } }, bad('x', 'y')] })).toBeNull();
  });
});
