import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import { RouterAware } from './router-secret';

/**
 * Apollo's federated tracing (`ftv1`, asked for with the header
 * `apollo-federation-include-trace: ftv1`), answered only to the federation router: a trace
 * shows resolver timings and the shape of the work, which is for the router's operators, not
 * for clients. Other requests run without tracing and get no `ftv1` extension.
 *
 * Install it together with `ApolloServerPluginInlineTraceDisabled()`, which stops Apollo Server
 * from adding its own, unguarded inline-trace plugin to a subgraph.
 */
export function routerOnlyTracePlugin<TContext extends RouterAware>(): ApolloServerPlugin<TContext> {
  const inlineTrace = ApolloServerPluginInlineTrace();
  return {
    async requestDidStart(requestContext) {
      if (!requestContext.contextValue.isRouter) return undefined;
      return inlineTrace.requestDidStart?.(requestContext);
    },
  };
}
