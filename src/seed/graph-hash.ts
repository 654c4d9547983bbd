import { createHash } from 'node:crypto';
import { Database } from '../neo4j/database';

/** Every node as labels + properties. */
const ALL_NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
/** Every relationship as endpoint ids, type and properties. */
const ALL_RELATIONSHIPS =
  'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props';

/**
 * A SHA-256 of the whole graph in canonical form (keys sorted, rows sorted), independent of
 * internal ids and storage order: two graphs with equal hashes hold the same facts.
 */
export async function hashGraph(db: Database): Promise<string> {
  const nodes = (await db.read(ALL_NODES)).map(canonicalJson).sort();
  const relationships = (await db.read(ALL_RELATIONSHIPS)).map(canonicalJson).sort();
  return createHash('sha256').update(JSON.stringify({ nodes, relationships })).digest('hex');
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
