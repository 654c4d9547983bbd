import { ApolloServerPlugin } from '@apollo/server';
import { graphqlRequestDuration, graphqlRequests } from './metrics';

/**
 * Counts every GraphQL request and its latency by operation name and outcome (see
 * src/observability/metrics.ts). Operation names come from clients, so at most
 * `maxOperationNames` distinct ones become labels; later new names count as "other", which keeps
 * /metrics bounded whatever clients send.
 */
export function metricsPlugin(maxOperationNames: number): ApolloServerPlugin {
  const known = new Set<string>();
  const label = (name: string) => {
    if (known.has(name)) return name;
    if (known.size >= maxOperationNames) return 'other';
    known.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const endTimer = graphqlRequestDuration.startTimer();
      let operation = 'unknown';
      let executed = false;
      return {
        async didResolveOperation({ operationName }) {
          operation = label(operationName ?? 'anonymous');
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, errors }) {
          const hasErrors = Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
          const outcome = !hasErrors ? 'ok' : executed ? 'error' : 'rejected';
          graphqlRequests.inc({ operation, outcome });
          endTimer({ operation, outcome });
        },
      };
    },
  };
}
