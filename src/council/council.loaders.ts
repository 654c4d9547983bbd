import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Council } from './council.type';

/** Per-request loaders for councils; relationship fields go through the shared RelatedLoaders. */
export function createCouncilLoaders(db: Database) {
  return { councilById: createNodeByIdLoader<Council>(db, 'Council') };
}
