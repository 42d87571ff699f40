import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, ErrorCode, PublicError } from '../errors.ts';
import type { Context } from '../context.ts';
import type { Metrics } from './metrics.ts';
import { RETRY_AFTER_SECONDS } from './respond.ts';
import { selectedRootFields } from './root-fields.ts';

/** Root fields whose arguments are personal data: never accepted in a URL, which proxies log. */
const POST_ONLY_FIELDS = ['situation'];

/** The root fields of an operation, e.g. "instrument" or "coverage+search", for metric labels. */
function operationLabel(fields: ReadonlySet<string>, known: ReadonlySet<string>): string {
  // Only schema field names become labels: user-chosen names would grow metrics without bound.
  const names = [...fields].map((name) => (known.has(name) || name.startsWith('__') ? name : 'unknown'));
  return [...new Set(names)].sort().join('+') || 'empty';
}

/** True when a response carries no data at all: every root field is null, or there is no data. */
function hasNoData(data: Record<string, unknown> | null | undefined): boolean {
  return !data || Object.values(data).every((value) => value === null);
}

function postOnlyError(field: string): GraphQLError {
  return new GraphQLError(`"${field}" carries personal data and is accepted only with POST, never in a URL.`, {
    extensions: { code: 'METHOD_NOT_ALLOWED', http: { status: 405, headers: new HeaderMap([['allow', 'POST']]) } },
  });
}

/**
 * Times requests per root field, refuses personal data in URLs, logs unexpected errors with the
 * request id, tags every error with it, and answers 503 + Retry-After when the database kept a
 * response from having any data.
 */
export function observabilityPlugin(metrics: Metrics, rootFieldNames: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      let label = 'unparsed';
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [])));
          const fields = selectedRootFields(operation, fragments);
          label = operationLabel(fields, rootFieldNames);
          const postOnly = POST_ONLY_FIELDS.find((field) => fields.has(field));
          if (postOnly && request.http?.method !== 'POST') throw postOnlyError(postOnly);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof DatabaseUnavailableError) {
              contextValue.log.warn({ err: original.databaseError, path: error.path }, 'database unavailable');
              continue;
            }
            if (original instanceof PublicError) continue;
            if (error.extensions?.code && error.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) continue;
            // The detail stays in the log; the client gets a masked message (format-error.ts).
            contextValue.log.error({ err: original, path: error.path }, 'unexpected error while resolving');
          }
        },
        async willSendResponse({ response, contextValue, errors }) {
          const body = response.body;
          if (body.kind === 'single' && body.singleResult.errors) {
            body.singleResult.errors = body.singleResult.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
            // Apollo answers a persisted-query hash with 200 for APQ clients to retry; with APQ off it is plainly a bad request.
            if (body.singleResult.errors.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
            const unavailable = body.singleResult.errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);
            if (unavailable && hasNoData(body.singleResult.data)) {
              response.http.status = 503;
              response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            }
          }
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.requests.inc({ operation: label, outcome });
          metrics.requestSeconds.observe({ operation: label }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
