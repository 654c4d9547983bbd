import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Theme } from './theme.type';

/** Per-request loaders for themes; relationship fields go through the shared RelatedLoaders. */
export function createThemeLoaders(db: Database) {
  return { themeById: createNodeByIdLoader<Theme>(db, 'Theme') };
}
