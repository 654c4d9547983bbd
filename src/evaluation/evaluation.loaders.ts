import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { Evaluation } from './evaluation.type';

/** Per-request loaders for evaluations; relationship fields go through the shared RelatedLoaders. */
export function createEvaluationLoaders(db: Database) {
  return { evaluationById: createNodeByIdLoader<Evaluation>(db, 'Evaluation') };
}
