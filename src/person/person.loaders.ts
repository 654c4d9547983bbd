import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Person } from './person.type';

/** Per-request loaders for people; relationship fields go through the shared RelatedLoaders. */
export function createPersonLoaders(db: Database) {
  return { personById: createNodeByIdLoader<Person>(db, 'Person') };
}
