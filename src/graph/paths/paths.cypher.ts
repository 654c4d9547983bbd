import { NodeLabel } from '../../neo4j/migrations';
import { EDGE_MAP, NODE_MAP } from '../graph-view/to-graph-view';

/** The longest path anyone may ask for (also guards the interpolated bound). */
export const MAX_PATH_LENGTH = 6;

/**
 * Builds the one statement of `paths`: every shortest path (allShortestPaths, at most `maxLength`
 * hops, at most $limit paths) between $from and $to. Returns one row {fromFound, toFound, nodes:
 * [{label, props}] (both ends first), edges: [{type, source, target, props}], truncated}. Labels
 * and `typeFilter` come from allow-lists and `maxLength` is checked here: all are interpolated.
 */
export function pathsCypher(fromLabel: NodeLabel, toLabel: NodeLabel, typeFilter: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(`maxLength must be an integer from 1 to ${MAX_PATH_LENGTH}, but got: ${maxLength}`);
  }
  return `
  OPTIONAL MATCH (a:${fromLabel} {id: $from})
  OPTIONAL MATCH (b:${toLabel} {id: $to})
  CALL (a, b) {
    WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
    OPTIONAL MATCH path = allShortestPaths((a)-[${typeFilter}*..${maxLength}]-(b))
    RETURN collect(path) AS found
  }
  WITH a, b, found[0..$limit] AS paths, size(found) > $limit AS truncated
  CALL (a, b, paths) {
    UNWIND [a, b] + reduce(acc = [], p IN paths | acc + nodes(p)) AS n
    WITH DISTINCT n WHERE n IS NOT NULL
    RETURN collect(${NODE_MAP('n')}) AS nodes
  }
  CALL (paths) {
    UNWIND paths AS p
    UNWIND relationships(p) AS r
    WITH DISTINCT r
    RETURN collect(${EDGE_MAP('r')}) AS edges
  }
  RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, nodes, edges, truncated`;
}
