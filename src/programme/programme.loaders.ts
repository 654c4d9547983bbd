import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Programme } from './programme.type';

/** Per-request loaders for programmes; relationship fields go through the shared RelatedLoaders. */
export function createProgrammeLoaders(db: Database) {
  return { programmeById: createNodeByIdLoader<Programme>(db, 'Programme') };
}
