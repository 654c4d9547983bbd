import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { LoaderFamily } from '../shared/loader-family';
import { CouncilProjectsFilter, findCouncilProjects } from './council-projects.repository';
import { Council } from './council.type';

/**
 * Per-request loaders for councils: by id, and `Council.projects` (one statement per argument set
 * and nesting level). The other relationship fields go through the shared RelatedLoaders.
 */
export function createCouncilLoaders(db: Database) {
  return {
    councilById: createNodeByIdLoader<Council>(db, 'Council'),
    projectsByCouncilId: new LoaderFamily((ids, filter: CouncilProjectsFilter) => findCouncilProjects(db, ids, filter)),
  };
}
