import { ASTVisitor, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';
import { LimitExceededError } from '../errors';

/**
 * Refuses a selection set that repeats one response key (`__typename __typename ...` hundreds of
 * times): GraphQL merges the copies, but validating and collecting them is work for nothing, and
 * it is a known probe of GraphQL servers (graphql-cop's "field duplication").
 */
export function fieldDuplicationRule(maxDuplicates: number) {
  return (context: ValidationContext): ASTVisitor => ({
    SelectionSet(node: SelectionSetNode) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === maxDuplicates + 1) {
          context.reportError(new LimitExceededError('fieldDuplicates', maxDuplicates, undefined,
            `Field "${key}" is selected more than ${maxDuplicates} times in one selection set.`, { field: key }) as GraphQLError);
        }
      }
    },
  });
}
