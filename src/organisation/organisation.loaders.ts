import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Organisation } from './organisation.type';

/** Per-request loaders for organisations; relationship fields go through the shared RelatedLoaders. */
export function createOrganisationLoaders(db: Database) {
  return { organisationById: createNodeByIdLoader<Organisation>(db, 'Organisation') };
}
