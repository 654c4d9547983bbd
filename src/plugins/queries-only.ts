import { ApolloServerPlugin } from '@apollo/server';
import { OperationNotSupportedError } from '../errors';

/**
 * This API is read-only: a `mutation` or `subscription` operation is refused before execution
 * with HTTP 400 and OPERATION_NOT_SUPPORTED (graphql-js would otherwise throw at execution, which
 * Apollo reports as an unexpected error).
 */
export function queriesOnlyPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation && operation.operation !== 'query') throw new OperationNotSupportedError(operation.operation);
        },
      };
    },
  };
}
