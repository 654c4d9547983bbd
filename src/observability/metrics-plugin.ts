import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { tokenLimitOf } from '../plugins/request-shape-limits';
import { graphqlRequestDuration, graphqlRequests, refusals } from './metrics';

/**
 * Counts every GraphQL request and its latency by operation name and outcome (see
 * src/observability/metrics.ts). Operation names come from clients, so at most
 * `maxOperationNames` distinct ones become labels; and every refusal by a limit (errors naming a
 * `limit`, from src/plugins/) by the limit's name; later new names count as "other", which keeps
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
        async didEncounterErrors({ errors }) {
          for (const limit of new Set(errors.map(limitOf).filter((name): name is string => Boolean(name)))) {
            refusals.inc({ limit });
          }
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

/** The limit a refusal names (LimitExceededError's `limit`, or the parser's token limit); undefined for other errors. */
function limitOf(error: GraphQLError): string | undefined {
  const limit = error.extensions?.limit ?? (error.originalError as GraphQLError | undefined)?.extensions?.limit;
  if (typeof limit === 'string') return limit;
  return tokenLimitOf(error.message) !== undefined ? 'tokens' : undefined;
}
