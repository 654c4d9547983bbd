import { Database } from '../neo4j/database';
import { FundingRound } from './funding-round.type';

/** Every funding round in order (numbered rounds first); returns their properties. */
const LIST_FUNDING_ROUNDS = `
  MATCH (r:FundingRound)
  RETURN properties(r) AS round
  ORDER BY coalesce(r.number, 99), r.startDate, r.id`;

/** Lists every funding round. */
export async function listFundingRounds(db: Database): Promise<FundingRound[]> {
  const rows = await db.read(LIST_FUNDING_ROUNDS);
  return rows.map((row) => row.round as FundingRound);
}
