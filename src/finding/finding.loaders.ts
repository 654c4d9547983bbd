import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Finding } from './finding.type';

/** Per-request loaders for findings; relationship fields go through the shared RelatedLoaders. */
export function createFindingLoaders(db: Database) {
  return { findingById: createNodeByIdLoader<Finding>(db, 'Finding') };
}
