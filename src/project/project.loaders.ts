import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Project } from './project.type';

/** Per-request loaders for projects; relationship fields go through the shared RelatedLoaders. */
export function createProjectLoaders(db: Database) {
  return { projectById: createNodeByIdLoader<Project>(db, 'Project') };
}
