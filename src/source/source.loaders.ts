import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Source } from './source.type';

/** Per-request loaders for sources; relationship fields go through the shared RelatedLoaders. */
export function createSourceLoaders(db: Database) {
  return { sourceById: createNodeByIdLoader<Source>(db, 'Source') };
}
