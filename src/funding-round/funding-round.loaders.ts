import { Database } from '../neo4j/database';
import { createNodeByIdLoader } from '../neo4j/node-by-id-loader';
import { FundingRound } from './funding-round.type';

/** Per-request loaders for funding rounds; relationship fields go through the shared RelatedLoaders. */
export function createFundingRoundLoaders(db: Database) {
  return { fundingRoundById: createNodeByIdLoader<FundingRound>(db, 'FundingRound') };
}
