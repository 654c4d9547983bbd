import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { Finding } from '../../finding/finding.type';

/**
 * Findings reported by evaluations of projects FUNDED_IN the round numbered $round, optionally
 * with direction $direction, outcome area $outcomeArea and theme $themeId; distinct, by id, at most
 * $first. Rows: finding (properties).
 */
const FINDINGS_BY_ROUND = `
  MATCH (:FundingRound {number: $round})<-[:FUNDED_IN]-(:Project)<-[:EVALUATES]-(:Evaluation)-[:REPORTS]->(finding:Finding)
  WHERE ($direction IS NULL OR finding.direction = $direction)
    AND ($outcomeArea IS NULL OR finding.outcomeArea = $outcomeArea)
    AND ($themeId IS NULL OR EXISTS { (finding)-[:HAS_THEME]->(:Theme {id: $themeId}) })
  WITH DISTINCT finding
  RETURN properties(finding) AS finding
  ORDER BY finding.id
  LIMIT $first`;

export interface FindingsByRoundFilter {
  round: number;
  direction: string | null;
  outcomeArea: string | null;
  themeId: string | null;
  first: number;
}

/** Reads the findings on one round's projects, filtered, in one statement. */
export async function findFindingsByRound(db: Database, filter: FindingsByRoundFilter): Promise<Finding[]> {
  const rows = await db.read(FINDINGS_BY_ROUND, {
    round: neo4j.int(filter.round),
    direction: filter.direction,
    outcomeArea: filter.outcomeArea,
    themeId: filter.themeId,
    first: neo4j.int(filter.first),
  });
  return rows.map((row) => row.finding as Finding);
}
