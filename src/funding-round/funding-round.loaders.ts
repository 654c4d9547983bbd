import DataLoader from 'dataloader';
import { Database } from '../neo4j/database';
import { createNodeByIdLoader, groupByKeys, orderByKeys } from '../neo4j/node-by-id-loader';
import { Programme } from '../programme/programme.type';
import { FundingRound } from './funding-round.type';

/** The rounds of each programme in $ids, in round order; rows carry the programme id. */
const ROUNDS_BY_PROGRAMME_IDS = `
  UNWIND $ids AS programmeId
  MATCH (r:FundingRound)-[:PART_OF]->(:Programme {id: programmeId})
  RETURN programmeId, properties(r) AS round
  ORDER BY coalesce(r.number, 99), r.startDate, r.id`;

/** The programme of each round in $ids. */
const PROGRAMME_BY_ROUND_IDS = `
  UNWIND $ids AS roundId
  MATCH (:FundingRound {id: roundId})-[:PART_OF]->(p:Programme)
  RETURN roundId, properties(p) AS programme`;

/** Per-request loaders for funding rounds. */
export function createFundingRoundLoaders(db: Database) {
  return {
    fundingRoundById: createNodeByIdLoader<FundingRound>(db, 'FundingRound'),
    fundingRoundsByProgrammeId: new DataLoader<string, FundingRound[]>(async (ids) => {
      const rows = await db.read(ROUNDS_BY_PROGRAMME_IDS, { ids: [...ids] });
      return groupByKeys(ids, rows, (row) => row.programmeId as string).map((group) =>
        group.map((row) => row.round as FundingRound),
      );
    }),
    programmeByFundingRoundId: new DataLoader<string, Programme | null>(async (ids) => {
      const rows = await db.read(PROGRAMME_BY_ROUND_IDS, { ids: [...ids] });
      return orderByKeys(ids, rows, (row) => row.roundId as string).map(
        (row) => (row?.programme as Programme) ?? null,
      );
    }),
  };
}
