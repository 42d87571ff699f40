import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose root type the schema does not have (`mutation { x }` while the API
 * has no mutations). graphql-js validation lets it through and execution then fails with an error
 * Apollo reports as INTERNAL_SERVER_ERROR: a client's mistake counted, and logged, as a server fault.
 */
export const knownRootOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: [node] }));
    }
  },
});
