import neo4j from 'neo4j-driver';
import { Database } from '../neo4j/database';
import { groupByKeys } from '../neo4j/node-by-id-loader';
import { COUNCIL_PROJECT_ROLES, CouncilProjectRole } from './council-project-role.enum';
import { CouncilProject } from './council-project.type';

/**
 * The projects each council in $councilIds takes part in through one of the relationship types in
 * $roles, one row per relationship, with the rounds it belongs to (the project's FUNDED_IN rounds,
 * and the round an ADOPTS names); only those in the round numbered $round unless it is null; by
 * project name, then LEADS, PARTNERS_IN, ADOPTS; at most $first per council. An ADOPTS that names
 * no round has roundStated false and is in no round for $round unless $includeUnstatedRounds.
 * Rows: councilId, involvements [{role, project, rounds, roundStated, partnerRole, adoptionYear, sourceIds, sourceNotes}].
 */
const PROJECTS_BY_COUNCIL_ID = `
  UNWIND $councilIds AS councilId
  MATCH (:Council {id: councilId})-[involvement:LEADS|PARTNERS_IN|ADOPTS]->(project:Project)
  WHERE type(involvement) IN $roles
  CALL (project, involvement) {
    OPTIONAL MATCH (round:FundingRound)
    WHERE round.id = involvement.round OR EXISTS { (project)-[:FUNDED_IN]->(round) }
    WITH round ORDER BY round.number, round.id
    RETURN collect(properties(round)) AS rounds
  }
  WITH councilId, involvement, project, rounds, type(involvement) <> 'ADOPTS' OR involvement.round IS NOT NULL AS roundStated
  WHERE $round IS NULL OR ((roundStated OR $includeUnstatedRounds) AND any(round IN rounds WHERE round.number = $round))
  ORDER BY project.name, project.id, CASE type(involvement) WHEN 'LEADS' THEN 0 WHEN 'PARTNERS_IN' THEN 1 ELSE 2 END
  WITH councilId, collect({
    role: type(involvement), project: properties(project), rounds: rounds, roundStated: roundStated,
    partnerRole: CASE type(involvement) WHEN 'PARTNERS_IN' THEN involvement.role END,
    adoptionYear: CASE type(involvement) WHEN 'ADOPTS' THEN involvement.year END,
    sourceIds: coalesce(involvement.sourceIds, []), sourceNotes: coalesce(involvement.sourceNotes, [])}) AS involvements
  RETURN councilId, involvements[0..$first] AS involvements`;

/** What narrows `Council.projects`: the arguments of the field. */
export interface CouncilProjectsFilter {
  roles: readonly CouncilProjectRole[];
  round: number | null;
  /** Let an adoption with no stated round match `round` through its project's funding rounds. */
  includeUnstatedRounds: boolean;
  first: number;
}

/**
 * Reads, in one statement, every project each council takes part in, by role and round; one list
 * per council id, in the order of `councilIds` (empty for an unknown council).
 */
export async function findCouncilProjects(
  db: Database,
  councilIds: readonly string[],
  { roles, round, includeUnstatedRounds, first }: CouncilProjectsFilter,
): Promise<CouncilProject[][]> {
  for (const role of roles) {
    if (!COUNCIL_PROJECT_ROLES.includes(role)) throw new TypeError(`role must be one of ${COUNCIL_PROJECT_ROLES.join(', ')}, but got: ${role}`);
  }
  const rows = await db.read(PROJECTS_BY_COUNCIL_ID, {
    councilIds: [...councilIds],
    roles: [...roles],
    round: round == null ? null : neo4j.int(round),
    includeUnstatedRounds,
    first: neo4j.int(first),
  });
  return groupByKeys(councilIds, rows, (row) => row.councilId as string).map(([row]) => (row?.involvements ?? []) as CouncilProject[]);
}
