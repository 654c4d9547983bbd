import { EntityModel, SortDirectionValue } from '../model/entity-model';
import { CypherParams } from '../cypher-params';
import { LimitExceededError } from '../../errors';
import { OrderValue } from './order';

/**
 * Most sort keys a client may give: the keyset condition of a cursor grows with the square of
 * the number of keys, and each key is a distinct field, so more than this is never useful.
 */
export const MAX_SORT_KEYS = 5;

/** One resolved sort key: a node property from the model's allow-list and a direction. */
export interface SortKey {
  property: string;
  direction: SortDirectionValue;
}

/**
 * The sort keys of a request: the client's `orderBy` (or the model's default order), mapped through
 * the model's allow-list, with the id appended as the unique last key.
 */
export function resolveSortKeys(model: EntityModel, orderBy: OrderValue[] | null | undefined): SortKey[] {
  const order = orderBy?.length ? orderBy : model.defaultOrder;
  if (order.length > MAX_SORT_KEYS) {
    throw new LimitExceededError('orderKeys', MAX_SORT_KEYS, order.length,
      `orderBy has ${order.length} sort keys; at most ${MAX_SORT_KEYS} are allowed.`);
  }
  const keys = order.map(({ field, direction }) => {
    const spec = model.fields[field];
    if (!spec) throw new TypeError(`sort field of ${model.label} must be one of ${Object.keys(model.fields).join(', ')}, but got: ${field}`);
    return { property: spec.property, direction: direction ?? 'ASC' };
  });
  if (!keys.some((key) => key.property === 'id')) keys.push({ property: 'id', direction: 'ASC' });
  return keys;
}

/** The same keys in the opposite order (for `last`/`before`: read backwards, then reverse). */
export function reverseSortKeys(keys: SortKey[]): SortKey[] {
  return keys.map((key) => ({ ...key, direction: key.direction === 'ASC' ? 'DESC' : 'ASC' }));
}

/** `ORDER BY` text for the keys on node variable `variable`. */
export function orderByClause(keys: SortKey[], variable: string): string {
  return keys.map((key) => `${variable}.${key.property} ${key.direction}`).join(', ');
}

/**
 * A predicate true for the rows strictly after the cursor `values` in the order `keys`:
 * (k1 after) OR (k1 equal AND k2 after) OR ... Neo4j sorts missing values last ascending and first
 * descending; the cursor's values are known here, so each comparison is chosen for a null or a
 * non-null cursor value instead of being left to Cypher's null logic.
 */
export function keysetPredicate(keys: SortKey[], values: unknown[], variable: string, params: CypherParams): string {
  const disjuncts: string[] = [];
  const equalSoFar: string[] = [];
  keys.forEach((key, index) => {
    const property = `${variable}.${key.property}`;
    const value = values[index] ?? null;
    const after = strictlyAfter(property, key.direction, value, params);
    if (after) disjuncts.push([...equalSoFar, after].join(' AND '));
    equalSoFar.push(value === null ? `${property} IS NULL` : `${property} = ${params.add(value)}`);
  });
  return disjuncts.length ? `(${disjuncts.map((d) => `(${d})`).join(' OR ')})` : 'false';
}

function strictlyAfter(property: string, direction: SortDirectionValue, value: unknown, params: CypherParams): string | null {
  if (direction === 'ASC') {
    return value === null ? null : `(${property} > ${params.add(value)} OR ${property} IS NULL)`;
  }
  return value === null ? `${property} IS NOT NULL` : `${property} < ${params.add(value)}`;
}
