import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { labelOfId } from '../../seed/seed-kinds';
import { GraphView } from '../graph-view/graph-view.type';
import { relationshipTypeFilter } from '../graph-view/relationship-types';
import { EdgeRow, NodeRow, toGraphView } from '../graph-view/to-graph-view';
import { neighbourhoodCypher } from './neighbourhood.cypher';

export interface NeighbourhoodOptions {
  /** Hops from the entity, 1 to MAX_NEIGHBOURHOOD_DEPTH. */
  depth: number;
  /** Relationship types to follow (allow-listed); null or empty for every type. */
  types: readonly string[] | null;
  /** Most nodes in the view, the entity included. */
  limit: number;
}

/** Reads the neighbourhood of an entity in one statement; `null` when there is no entity with that id. */
export async function findNeighbourhood(db: Database, id: string, options: NeighbourhoodOptions): Promise<GraphView | null> {
  const label = labelOfId(id);
  if (!label) return null;
  const cypher = neighbourhoodCypher(label, relationshipTypeFilter(options.types), options.depth);
  const [row] = await db.read(cypher, { id, limit: neo4j.int(options.limit) });
  if (!row) return null;
  return toGraphView(row.nodes as NodeRow[], row.edges as EdgeRow[], row.truncated as boolean);
}
