import { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';

/**
 * Names the request's span (src/observability/trace-requests.ts) after the GraphQL operation once
 * Apollo has resolved it, e.g. "query ProjectLineage", and records its type and name.
 */
export function traceOperationsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (!span || !operation) return;
          span.updateName(`${operation.operation} ${operationName ?? 'anonymous'}`);
          span.setAttribute('graphql.operation.type', operation.operation);
          if (operationName) span.setAttribute('graphql.operation.name', operationName);
        },
      };
    },
  };
}
