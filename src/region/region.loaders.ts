import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Region } from './region.type';

/** Per-request loaders for regions; relationship fields go through the shared RelatedLoaders. */
export function createRegionLoaders(db: Database) {
  return { regionById: createNodeByIdLoader<Region>(db, 'Region') };
}
