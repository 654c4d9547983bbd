import { ApolloServerPlugin } from '@apollo/server';
import { getComplexity } from 'graphql-query-complexity';
import { LimitExceededError } from '../errors';
import { apiCostEstimator } from './query-cost-model';

/**
 * Refuses an operation whose estimated cost (src/plugins/query-cost-model.ts, with the request's
 * variables) is above `maxCost`, before any resolver runs: HTTP 400, COST_LIMIT_EXCEEDED with the
 * limit and the cost found. `onRefused` is told about each refusal (metrics).
 */
export function queryCostLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [apiCostEstimator],
            });
          } catch {
            // Variables that do not coerce: execution stops at coercion with BAD_USER_INPUT
            // before any resolver runs, so there is no cost to bound.
            return;
          }
          if (cost <= maxCost) return;
          throw new LimitExceededError('cost', maxCost, cost,
            `The query's estimated cost of ${cost} exceeds the limit of ${maxCost}; ask for smaller pages (first) or fewer nested lists.`);
        },
      };
    },
  };
}
