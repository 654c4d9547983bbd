import { StatsOrder } from './stats-order.enum';

/** The statistics there are; each names one grouping statement below. */
export type StatGrouping =
  | 'projectsByRound'
  | 'projectsByTheme'
  | 'projectsByRegion'
  | 'councilsByType'
  | 'councilsByRegion'
  | 'findingsByDirection'
  | 'findingsByOutcomeArea';

/** Sum of the non-null numbers in list `grants`, or null when there are none (a Cypher expression). */
const sumOrNull = (grants: string) =>
  `CASE WHEN size(${grants}) = 0 THEN null ELSE reduce(total = 0.0, g IN ${grants} | total + g) END`;

/**
 * One grouping statement per statistic, each returning rows {key, label, count, grantGbpSum}
 * (ORDER BY and LIMIT are appended from an allow-list).
 */
const GROUPINGS: Record<StatGrouping, string> = {
  // Every round with its distinct projects (FUNDED_IN); the sum takes each FUNDED_IN amount, else the project's grant.
  projectsByRound: `
  MATCH (round:FundingRound)
  OPTIONAL MATCH (project:Project)-[funded:FUNDED_IN]->(round)
  WITH round, collect(DISTINCT project) AS projects, collect(coalesce(funded.amountGbp, project.grantGbp)) AS grants
  RETURN round.id AS key, round.name AS label, size(projects) AS count, ${sumOrNull('grants')} AS grantGbpSum`,
  // Every theme with its distinct projects (HAS_THEME) and the sum of their grants.
  projectsByTheme: `
  MATCH (theme:Theme)
  OPTIONAL MATCH (project:Project)-[:HAS_THEME]->(theme)
  WITH theme, collect(DISTINCT project) AS projects
  WITH theme, projects, [p IN projects WHERE p.grantGbp IS NOT NULL | p.grantGbp] AS grants
  RETURN theme.id AS key, theme.name AS label, size(projects) AS count, ${sumOrNull('grants')} AS grantGbpSum`,
  // Every region with the distinct projects led by its councils (a project led from two regions counts in both).
  projectsByRegion: `
  MATCH (region:Region)
  OPTIONAL MATCH (region)<-[:IN_REGION]-(:Council)-[:LEADS]->(project:Project)
  WITH region, collect(DISTINCT project) AS projects
  WITH region, projects, [p IN projects WHERE p.grantGbp IS NOT NULL | p.grantGbp] AS grants
  RETURN region.id AS key, region.name AS label, size(projects) AS count, ${sumOrNull('grants')} AS grantGbpSum`,
  // Councils (abolished ones included) by their type property.
  councilsByType: `
  MATCH (council:Council)
  WITH council.type AS type, count(council) AS count
  RETURN type AS key, type AS label, count, null AS grantGbpSum`,
  // Every region with its councils (IN_REGION) and the sum of the grants of the projects they lead.
  councilsByRegion: `
  MATCH (region:Region)
  OPTIONAL MATCH (council:Council)-[:IN_REGION]->(region)
  OPTIONAL MATCH (council)-[:LEADS]->(project:Project)
  WITH region, collect(DISTINCT council) AS councils, collect(DISTINCT project) AS projects
  WITH region, councils, [p IN projects WHERE p.grantGbp IS NOT NULL | p.grantGbp] AS grants
  RETURN region.id AS key, region.name AS label, size(councils) AS count, ${sumOrNull('grants')} AS grantGbpSum`,
  // Findings by their direction property (positive, mixed, no-clear-effect, negative, emerging).
  findingsByDirection: `
  MATCH (finding:Finding)
  WITH finding.direction AS direction, count(finding) AS count
  RETURN direction AS key, direction AS label, count, null AS grantGbpSum`,
  // Findings by their outcome area property.
  findingsByOutcomeArea: `
  MATCH (finding:Finding)
  WITH finding.outcomeArea AS area, count(finding) AS count
  RETURN area AS key, area AS label, count, null AS grantGbpSum`,
};

/** The ORDER BY of each order (ties by key, so results are stable). */
const ORDER_BY: Record<StatsOrder, string> = {
  [StatsOrder.KEY_ASC]: 'key',
  [StatsOrder.LABEL_ASC]: 'label, key',
  [StatsOrder.COUNT_DESC]: 'count DESC, key',
  [StatsOrder.COUNT_ASC]: 'count, key',
  [StatsOrder.SUM_DESC]: 'coalesce(grantGbpSum, -1.0) DESC, key',
};

/** Builds the statement of one statistic in one order, with LIMIT $first when `limited`. */
export function statCypher(grouping: StatGrouping, order: StatsOrder, limited: boolean): string {
  const body = GROUPINGS[grouping];
  const orderBy = ORDER_BY[order];
  if (!body || !orderBy) throw new TypeError(`unknown statistic or order: ${grouping}, ${order}`);
  return `${body}\n  ORDER BY ${orderBy}${limited ? '\n  LIMIT $first' : ''}`;
}
