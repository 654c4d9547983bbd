import { Database } from '../../neo4j/database';
import { LoaderFamily } from '../../shared/loader-family';
import { LineageDirection } from './lineage-direction.enum';
import { findLineages } from './lineage.repository';

/** What shapes a lineage besides its project: the arguments of `Project.lineage`. */
export interface LineageShape {
  direction: LineageDirection;
  maxDepth: number;
}

/**
 * Per-request loaders of `Project.lineage`: projects of one nesting level asking for the same
 * (direction, maxDepth) are answered by one statement (`UNWIND $projectIds`).
 */
export function createLineageLoaders(db: Database) {
  return {
    lineageByProjectId: new LoaderFamily((ids, { direction, maxDepth }: LineageShape) => findLineages(db, ids, direction, maxDepth)),
  };
}
