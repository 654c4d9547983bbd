import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { LimitExceededError } from '../errors';

/** Introspection fields that list types or members; a full introspection query visits each once per path. */
const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args']);

/**
 * Refuses circular introspection (`__schema { types { fields { type { fields { type ...`): the
 * standard introspection query of GraphiQL, codegen and graphql-http goes through each listing
 * field at most once on any path, so a second visit is a deliberate cycle. The depth limit does
 * not count introspection, hence this rule. Fragments are followed (a spread already on the path
 * is not entered again; NoFragmentCyclesRule reports those).
 */
export function introspectionCycleRule(context: ValidationContext): ASTVisitor {
  const findCycle = (selectionSet: SelectionSetNode, path: string[], fragments: string[]): string | undefined => {
    for (const selection of selectionSet.selections) {
      let found: string | undefined;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const listing = INTROSPECTION_LISTS.has(name) && path.length > 0;
        if (listing && path.includes(name)) return name;
        const entering = name === '__schema' || name === '__type' || path.length > 0;
        // __schema and __type exist only on the root type, so other root fields are not entered.
        if (selection.selectionSet && entering) {
          found = findCycle(selection.selectionSet, [...path, listing ? name : `.${name}`], fragments);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = findCycle(selection.selectionSet, path, fragments);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (fragment && !fragments.includes(name)) found = findCycle(fragment.selectionSet, path, [...fragments, name]);
      }
      if (found) return found;
    }
    return undefined;
  };
  return {
    OperationDefinition(operation) {
      const field = findCycle(operation.selectionSet, [], []);
      if (!field) return;
      context.reportError(new LimitExceededError('introspection', 1, 2,
        `Introspection field "${field}" is nested inside itself; circular introspection is refused.`) as GraphQLError);
    },
  };
}
