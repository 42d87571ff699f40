import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { DatabaseUnavailableError, PublicError } from '../errors.ts';
import type { Context } from '../context.ts';
import type { Metrics } from './metrics.ts';

/** The root fields of an operation, e.g. "instrument" or "search+coverage", for metric labels. */
function rootFields(operation: OperationDefinitionNode | null | undefined, known: ReadonlySet<string>): string {
  if (!operation) return 'unparsed';
  const names = operation.selectionSet.selections
    .filter((selection) => selection.kind === Kind.FIELD)
    .map((field) => field.name.value)
    // Only schema field names become labels: user-chosen operation names would grow metrics without bound.
    .map((name) => (known.has(name) || name.startsWith('__') ? name : 'unknown'));
  return [...new Set(names)].sort().join('+') || 'empty';
}

/** Times requests per root field, logs unexpected errors with the request id, and tags errors with it. */
export function observabilityPlugin(metrics: Metrics, rootFieldNames: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operationLabel = 'unparsed';
      return {
        async didResolveOperation({ operation }) {
          operationLabel = rootFields(operation, rootFieldNames);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof DatabaseUnavailableError) {
              contextValue.log.warn({ err: original.databaseError, path: error.path }, 'database unavailable');
              continue;
            }
            if (original instanceof PublicError) continue;
            if (error.extensions?.code && error.extensions.code !== 'INTERNAL_SERVER_ERROR') continue;
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
          }
          const outcome = errors?.length ? 'error' : 'ok';
          metrics.requests.inc({ operation: operationLabel, outcome });
          metrics.requestSeconds.observe({ operation: operationLabel }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
