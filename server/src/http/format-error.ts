import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { PublicError } from '../errors.ts';

/** Codes whose messages were written for clients (ours, and graphql-js/Apollo request errors). */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'METHOD_NOT_ALLOWED',
]);

/**
 * Masks everything that was not deliberately made public. Apollo Server 5 passes a thrown error's
 * message through as INTERNAL_SERVER_ERROR, which could leak Cypher, driver messages or paths; here
 * such errors become a fixed sentence. The original is logged by the error-logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const isPublic = original instanceof PublicError || (isGraphQLError(original) && typeof code === 'string' && PUBLIC_CODES.has(code));
  if (isPublic) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Something went wrong on our side. The error has been logged; try again later.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Errors graphql-js or Apollo created for the request (parse, validation, variable coercion). Checked
 * by shape as well as class: a bundler may load a second copy of graphql, whose errors fail instanceof.
 */
function isGraphQLError(error: unknown): boolean {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError' && 'extensions' in error);
}
