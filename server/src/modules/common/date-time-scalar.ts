import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from './date-scalar.ts';

/** ISO 8601 date-time with seconds and an offset (`Z` or `±hh:mm`): an instant, not a wall-clock time. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** The instant in UTC (`…Z`, milliseconds), or a BAD_USER_INPUT error for anything else. */
export function parseDateTime(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  // The day must exist (2024-02-30 does not); Date.parse alone would roll it over into March.
  if (!match || !isIsoDate(match[1] ?? '')) {
    throw new GraphQLError('A DateTime must be an ISO 8601 instant with an offset, e.g. "2024-04-01T08:00:00Z".', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(Date.parse(value as string)).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An ISO 8601 instant with an offset.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
