import neo4j from 'neo4j-driver';
import { NotFoundError } from '../../errors';
import { Database } from '../../neo4j/database';
import { labelOfId } from '../../seed/seed-kinds';
import { GraphView } from '../graph-view/graph-view.type';
import { relationshipTypeFilter } from '../graph-view/relationship-types';
import { EdgeRow, NodeRow, toGraphView } from '../graph-view/to-graph-view';
import { pathsCypher } from './paths.cypher';

export interface PathsOptions {
  /** Most hops in a path, 1 to MAX_PATH_LENGTH. */
  maxLength: number;
  /** Relationship types a path may use (allow-listed); null or empty for every type. */
  types: readonly string[] | null;
  /** Most paths to return. */
  limit: number;
}

/**
 * Reads the shortest paths between two different entities in one statement, as one graph view
 * (the two entities alone when no path is short enough). Throws NotFoundError for a missing entity.
 */
export async function findPaths(db: Database, from: string, to: string, options: PathsOptions): Promise<GraphView> {
  const fromLabel = labelOfId(from);
  if (!fromLabel) throw new NotFoundError('entity', from);
  const toLabel = labelOfId(to);
  if (!toLabel) throw new NotFoundError('entity', to);
  const cypher = pathsCypher(fromLabel, toLabel, relationshipTypeFilter(options.types), options.maxLength);
  const [row] = await db.read(cypher, { from, to, limit: neo4j.int(options.limit) });
  if (!row.fromFound) throw new NotFoundError('entity', from);
  if (!row.toFound) throw new NotFoundError('entity', to);
  return toGraphView(row.nodes as NodeRow[], row.edges as EdgeRow[], row.truncated as boolean);
}
