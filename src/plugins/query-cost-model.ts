import { ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, getNullableType, GraphQLCompositeType, GraphQLField, isLeafType, isListType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../shared/connection/connection.args';

/** What an unpaged nested list (sources, alternatives, roles, lineage steps...) is assumed to hold. */
export const UNPAGED_LIST_SIZE = 5;

type Args = Record<string, unknown>;

/**
 * Fields whose work is not "one row per returned item": their cost is stated here, from their own
 * arguments, and `child` is the cost of what the client selects inside them.
 */
const EXPENSIVE_FIELDS: Record<string, (args: Args, child: number) => number> = {
  'Query.lineage': (args, child) => 50 + num(args.maxDepth, 5) * (1 + child),
  'Project.lineage': (args, child) => 50 + num(args.maxDepth, 5) * (1 + child),
  'Query.neighbourhood': (args, child) => 50 * num(args.depth, 1) + num(args.limit, 200) * (1 + child) / 2,
  'Query.paths': (args, child) => 25 * num(args.maxLength, 4) + num(args.limit, 25) * (1 + child),
  'Query.search': (args, child) => 50 + num(args.first, 20) * (1 + child),
  'Query.timeline': (args, child) => 20 + num(args.first, 200) * (1 + child),
  'Query.findingsByRound': (args, child) => 20 + num(args.first, 100) * (1 + child),
  'Query.scaledAdoptions': (_args, child) => 200 + 50 * (1 + child),
  'Query.stats': (_args, child) => 100 + child,
  'Query._entities': (args, child) => (Array.isArray(args.representations) ? args.representations.length : 1) * (1 + child),
};

/**
 * The cost model of the API, for graphql-query-complexity: roughly the number of objects an
 * operation can return, so that nesting multiplies.
 * - a scalar or enum field costs 0; an object field costs 1 plus what is selected inside it;
 * - a paged field (`first`/`last`, or `limit`) costs 1 plus its page size (default 100) times
 *   what is selected inside each item; a connection's `edges`/`nodes` add no second factor;
 * - any other list costs 1 plus 5 times its items' cost;
 * - the graph queries (lineage, neighbourhood, paths, search, timeline...) have their own terms.
 */
export const apiCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const expensive = EXPENSIVE_FIELDS[`${type.name}.${field.name}`];
  if (expensive) return Math.ceil(expensive(args, childComplexity));
  if (isLeafType(getNamedType(field.type))) return 0;
  return 1 + itemFactor(type, field, args) * childComplexity;
};

function itemFactor(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Args): number {
  const hasPaging = field.args.some((arg) => arg.name === 'first' || arg.name === 'last');
  if (hasPaging) return num(args.first ?? args.last, DEFAULT_PAGE_SIZE);
  if (!isListType(getNullableType(field.type))) return 1;
  if (parent.name.endsWith('Connection')) return 1;
  return UNPAGED_LIST_SIZE;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
