import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { RouterAware } from './router-secret';
import { RouterOnlyError } from '../errors';

/** Root fields that only the federation router may ask for. */
export const ROUTER_ONLY_FIELDS: ReadonlySet<string> = new Set(['_entities', '_service']);

/**
 * Refuses, before anything executes, every operation that selects `_entities` or `_service`
 * unless the request carries the router's shared secret (`Context.isRouter`): clients must go
 * through the router, never query the subgraph's federation entry points directly. The answer is
 * HTTP 403 with one FORBIDDEN_ROUTER_ONLY error; the public API is untouched.
 */
export function routerOnlyFieldsPlugin<TContext extends RouterAware>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, response }) {
          if (contextValue.isRouter || !operation) return;
          const field = findRouterOnlyField(operation, document);
          if (field === undefined) return;
          response.http.status = 403;
          throw new RouterOnlyError(field);
        },
      };
    },
  };
}

/**
 * The first router-only field among the operation's root fields, looking through aliases, inline
 * fragments and fragment spreads. `@skip`/`@include` are ignored on purpose: a field that might
 * run counts.
 */
export function findRouterOnlyField(operation: OperationDefinitionNode, document: DocumentNode): string | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visited = new Set<string>();
  const search = (selectionSet: SelectionSetNode): string | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (ROUTER_ONLY_FIELDS.has(selection.name.value)) return selection.name.value;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const found = search(selection.selectionSet);
        if (found) return found;
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        const found = fragment && search(fragment.selectionSet);
        if (found) return found;
      }
    }
    return undefined;
  };
  return search(operation.selectionSet);
}
