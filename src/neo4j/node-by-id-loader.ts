import DataLoader from 'dataloader';
import { Database, Row } from './database';
import { NODE_LABELS, NodeLabel } from './migrations';

/** Fetches all nodes of one label whose ids are in $ids; returns their properties. */
const nodesByIdCypher = (label: NodeLabel) =>
  `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN properties(n) AS node`;

/**
 * A per-request loader of nodes by id for one label: one statement per batch, results in key
 * order, `null` for unknown ids. The label is interpolated, so it must come from NODE_LABELS.
 */
export function createNodeByIdLoader<T>(db: Database, label: NodeLabel): DataLoader<string, T | null> {
  if (!NODE_LABELS.includes(label)) {
    throw new TypeError(`label must be one of ${NODE_LABELS.join(', ')}, but got: ${label}`);
  }
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(nodesByIdCypher(label), { ids: [...ids] });
    return orderByKeys(ids, rows.map((row) => row.node as Row), (node) => node.id as string) as (T | null)[];
  });
}

/** Arranges `items` in the order of `keys` (the DataLoader contract), `null` where none matched. */
export function orderByKeys<K, V>(keys: readonly K[], items: V[], keyOf: (item: V) => K): (V | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups `items` by key in the order of `keys` (for one-to-many loaders); `[]` where none matched. */
export function groupByKeys<K, V>(keys: readonly K[], items: V[], keyOf: (item: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
