import { NodeLabel } from '../../neo4j/migrations';
import { EDGE_MAP, NODE_MAP } from '../graph-view/to-graph-view';

/** The deepest neighbourhood anyone may ask for (also guards the interpolated var-length bound). */
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

/**
 * Builds the one statement of a neighbourhood: the start node and the nodes within `depth` hops
 * (breadth-first, nearest first, then by id, at most $limit nodes in all), and every relationship
 * between them. Returns one row {nodes: [{label, props}], edges: [{type, source, target,
 * props}], truncated}, or none when $id has no node. `label` and `typeFilter` must come from
 * allow-lists and `depth` is checked here, because all three are interpolated.
 */
export function neighbourhoodCypher(label: NodeLabel, typeFilter: string, depth: number): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_NEIGHBOURHOOD_DEPTH}, but got: ${depth}`);
  }
  return `
  MATCH (start:${label} {id: $id})
  OPTIONAL MATCH path = (start)-[${typeFilter}*1..${depth}]-(n)
  WITH start, n, min(length(path)) AS distance
  ORDER BY distance, n.id
  WITH start, collect(n) AS reached
  WITH [start] + reached[0..$limit - 1] AS nodes, size(reached) > $limit - 1 AS truncated
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r${typeFilter}]->(b)
    WHERE b IN nodes
    RETURN collect(${EDGE_MAP('r')}) AS edges
  }
  RETURN [n IN nodes | ${NODE_MAP('n')}] AS nodes, edges, truncated`;
}
