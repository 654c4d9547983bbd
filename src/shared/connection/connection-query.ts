import { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { BadUserInputError } from '../../errors';
import { Database, Row } from '../../neo4j/database';
import { orderByKeys } from '../../neo4j/node-by-id-loader';
import { compileWhere, WhereInput } from '../filter/compile-where';
import { EntityModel, RelationSpec, relationPattern } from '../model/entity-model';
import { entityModel } from '../model/entity-models';
import { CypherParams } from '../cypher-params';
import { DEFAULT_PAGE_SIZE } from './connection.args';
import { decodeCursor, encodeCursor } from './cursor';
import { keysetPredicate, orderByClause, resolveSortKeys, reverseSortKeys, SortKey } from './keyset';
import { OrderValue } from './order';
import { PageInfo } from './page-info.type';
import { projectSelection } from './project-selection';
import { NodeSelection, planConnectionSelection } from './selection-plan';
import { selectsField } from './selection';

/** What a client asks of one connection: pagination, filter and order. */
export interface ConnectionRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  where?: WhereInput | null;
  orderBy?: OrderValue[] | null;
}

/** One edge: cursor, node, and the relationship's own properties (provenance included) if any. */
export type Edge<TNode> = { cursor: string; node: TNode } & Record<string, unknown>;

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
  /** Null when the client did not select it (it was not computed). */
  totalCount: number | null;
}

/** A request resolved against a model: sort keys, reading direction, limit and cursor values. */
interface PagePlan {
  keys: SortKey[];
  /** The sort keys as a cursor names them ("name ASC"), so that a cursor of another order is refused. */
  keyNames: string[];
  backward: boolean;
  size: number;
  after: unknown[] | null;
  before: unknown[] | null;
}

/**
 * Pages through every node of `model` (a root list such as `projects`): one statement, which reads
 * only what the selection under `info` asks for (`totalCount` only when selected, only the
 * selected properties) and folds the nested relationship fields it can into the same statement.
 */
export async function findConnection<TNode>(db: Database, model: EntityModel, request: ConnectionRequest, info: GraphQLResolveInfo): Promise<Connection<TNode>> {
  const plan = planPage(model, request);
  const selection = planConnectionSelection(info, model);
  const { cypher, params } = buildConnectionCypher(model, null, request.where, plan, selectsField(info, 'totalCount'), selection);
  const [row] = await db.read(cypher, params);
  return toConnection<TNode>(row, plan, request);
}

/**
 * How a relationship field is read: `edges` keeps one item per relationship with its facts (the
 * `...Connection` fields); `nodes` keeps each related node once, however many relationships reach
 * it (the plain list fields: two roles at one organisation are one person in `people`).
 */
export type RelatedShape = 'edges' | 'nodes';

/**
 * Pages through the related nodes of each parent in `parentIds` along `relation`, all parents in
 * one statement; results come back in the order of `parentIds` (the DataLoader contract).
 */
export async function findRelatedConnections<TNode>(
  db: Database, relation: RelationSpec, parentIds: readonly string[], request: ConnectionRequest, withTotal: boolean,
  shape: RelatedShape = 'edges',
): Promise<Connection<TNode>[]> {
  const model = entityModel(relation.target);
  const plan = planPage(model, request);
  const { cypher, params } = buildConnectionCypher(model, relation, request.where, plan, withTotal, null, shape);
  const rows = await db.read(cypher, { ...params, ids: [...parentIds] });
  return orderByKeys(parentIds, rows, (row) => row.parentId as string).map((row) => toConnection<TNode>(row, plan, request));
}

/** Checks the pagination arguments and decodes the cursors. */
function planPage(model: EntityModel, request: ConnectionRequest): PagePlan {
  if (request.first != null && request.last != null) {
    throw new BadUserInputError('Pass either "first" or "last", not both.');
  }
  const keys = resolveSortKeys(model, request.orderBy);
  const keyNames = keys.map((key) => `${key.property} ${key.direction}`);
  return {
    keys,
    keyNames,
    backward: request.last != null,
    size: request.last ?? request.first ?? DEFAULT_PAGE_SIZE,
    after: request.after ? decodeCursor(request.after, keyNames, 'after') : null,
    before: request.before ? decodeCursor(request.before, keyNames, 'before') : null,
  };
}

/**
 * Builds the statement behind a connection. Shape: for each parent (or once, for a root list) one
 * row `{parentId?, rows: [{node, edge}], totalCount}`, where `rows` holds up to size + 1 items in
 * reading order (the extra one only tells whether another page exists) and `totalCount` is null
 * unless asked for. A one-hop relation read as edges returns its relationship properties as `edge`;
 * otherwise (several hops, or `nodes`) each related node comes once. With a `selection`, `node`
 * is its projection (the sort keys always included, for the cursors).
 */
function buildConnectionCypher(
  model: EntityModel, relation: RelationSpec | null, where: WhereInput | null | undefined, plan: PagePlan, withTotal: boolean,
  selection: NodeSelection | null = null, shape: RelatedShape = 'edges',
) {
  const params = new CypherParams();
  const oneHop = relation?.hops.length === 1 && shape === 'edges';
  const scope = relation ? 'parentId' : '';
  const match = relation
    ? `MATCH (parent:${relation.from} {id: parentId}) MATCH ${relationPattern(relation, 'parent', 'n', 'r')}${oneHop ? '' : ' WITH DISTINCT n'}`
    : `MATCH (n:${model.label})`;
  const filter = compileWhere(model, where, 'n', params);
  const conditions = [
    filter,
    plan.after && keysetPredicate(plan.keys, plan.after, 'n', params),
    plan.before && keysetPredicate(reverseSortKeys(plan.keys), plan.before, 'n', params),
  ].filter(Boolean);
  const readKeys = plan.backward ? reverseSortKeys(plan.keys) : plan.keys;
  const cypher = [
    relation ? 'UNWIND $ids AS parentId' : '',
    `CALL (${scope}) {`,
    `  ${match}`,
    conditions.length ? `  WHERE ${conditions.join(' AND ')}` : '',
    `  WITH ${oneHop ? 'n, r' : 'n'} ORDER BY ${orderByClause(readKeys, 'n')} LIMIT ${params.add(neo4j.int(plan.size + 1))}`,
    `  RETURN collect({node: ${selection ? projectSelection(selection, 'n', params, plan.keys.map((key) => key.property)) : 'properties(n)'}, edge: ${oneHop ? 'properties(r)' : 'null'}}) AS rows`,
    '}',
    withTotal ? `CALL (${scope}) { ${match}${filter ? ` WHERE ${filter}` : ''} RETURN count(*) AS totalCount }` : '',
    `RETURN ${relation ? 'parentId, ' : ''}rows, ${withTotal ? 'totalCount' : 'null AS totalCount'}`,
  ].filter(Boolean).join('\n');
  return { cypher, params: params.values };
}

/** Turns one result row into a Relay connection: trims the look-ahead row, restores order, adds (lazy) cursors. */
function toConnection<TNode>(row: Row | null | undefined, plan: PagePlan, request: ConnectionRequest): Connection<TNode> {
  const rows = (row?.rows as { node: Row; edge: Row | null }[] | undefined) ?? [];
  const more = rows.length > plan.size;
  const page = rows.slice(0, plan.size);
  if (plan.backward) page.reverse();
  // A cursor is encoded only when read (the `cursor` field, or pageInfo's first and last).
  const edges = page.map(({ node, edge }) => {
    let cursor: string | undefined;
    return Object.defineProperty({ ...(edge ?? {}), node: node as TNode }, 'cursor', {
      enumerable: true,
      get: () => (cursor ??= encodeCursor({ keys: plan.keyNames, values: plan.keys.map((key) => node[key.property] ?? null) })),
    }) as Edge<TNode>;
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: plan.backward ? request.before != null : more,
      hasPreviousPage: plan.backward ? more : request.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: (row?.totalCount as number | null | undefined) ?? null,
  };
}
