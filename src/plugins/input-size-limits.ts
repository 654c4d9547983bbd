import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getVariableValues, GraphQLSchema, Kind, OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { LimitExceededError } from '../errors';

/** Bounds on what a client may send as argument values (after variables are substituted). */
export interface InputLimits {
  /** Longest list in any argument or input (`in`, `AND`/`OR`, `orderBy`, `types`, representations...). */
  maxListLength: number;
  /** Deepest nesting of input objects and lists in one argument. */
  maxInputDepth: number;
  /** Most values (scalars, objects, lists) in all arguments of the operation together. */
  maxInputValues: number;
}

/**
 * Measures every argument of every field the operation selects, with the request's variables
 * substituted, and refuses the operation (HTTP 400, before any Cypher is built) when a list is
 * too long, an input nests too deep (AND 1,000 deep, relation filters 8 deep) or the arguments
 * hold too many values together (OR with 10,000 terms). Values that do not coerce are left to
 * GraphQL's own validation, which reports them in the usual way.
 */
export function inputSizeLimitsPlugin(limits: InputLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const refusal = measureArguments(schema, document, operation, request.variables ?? {}, limits);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** The first limit the operation's arguments exceed, as the error to throw; undefined when within. */
export function measureArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: InputLimits,
): LimitExceededError | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    // Still bound the raw variables, so that a huge invalid list is refused cheaply.
    return measureValue(variables, 'variables', limits, { values: 0 });
  }
  const typeInfo = new TypeInfo(schema);
  const budget = { values: 0 };
  let refusal: LimitExceededError | undefined;
  const inOperation = (node: { kind: Kind }) => node === operation || node.kind === Kind.FRAGMENT_DEFINITION;
  visit(
    { kind: Kind.DOCUMENT, definitions: document.definitions.filter((d) => inOperation(d)) },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (refusal || !node.arguments?.length) return;
        const field = typeInfo.getFieldDef();
        if (!field) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, coerced.coerced);
        } catch {
          return;
        }
        for (const [name, value] of Object.entries(args)) {
          refusal ??= measureValue(value, `${field.name}(${name})`, limits, budget);
        }
      },
    }),
  );
  return refusal;
}

function measureValue(value: unknown, path: string, limits: InputLimits, budget: { values: number }, depth = 0): LimitExceededError | undefined {
  budget.values += 1;
  if (budget.values > limits.maxInputValues) {
    return new LimitExceededError('inputSize', limits.maxInputValues, undefined,
      `The operation's arguments hold more than ${limits.maxInputValues} values; split it into smaller requests.`);
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= limits.maxInputDepth) {
    return new LimitExceededError('inputDepth', limits.maxInputDepth, depth + 1,
      `Argument ${path} nests deeper than ${limits.maxInputDepth} levels.`, { argument: path });
  }
  const children = Array.isArray(value) ? value : Object.values(value);
  if (Array.isArray(value) && value.length > limits.maxListLength) {
    return new LimitExceededError('listLength', limits.maxListLength, value.length,
      `Argument ${path} has a list of ${value.length} items; at most ${limits.maxListLength} are allowed.`, { argument: path });
  }
  for (const child of children) {
    const refusal = measureValue(child, path, limits, budget, depth + 1);
    if (refusal) return refusal;
  }
  return undefined;
}
