import { LineageDirection } from './lineage-direction.enum';

/** The deepest lineage anyone may ask for; var-length bounds are interpolated, so this also guards the Cypher. */
export const MAX_LINEAGE_DEPTH = 10;

/** The queried project itself, at depth 0. */
const SELF = `RETURN root AS member, 0 AS depth`;

/** Projects deriving from the root, transitively, at positive depth (the path length). */
const descendants = (maxDepth: number) => `
    MATCH path = (member:Project)-[:SCALES|SPREADS*1..${maxDepth}]->(root)
    RETURN member, length(path) AS depth`;

/** Projects the root derives from, transitively, at negative depth. */
const ancestors = (maxDepth: number) => `
    MATCH path = (root)-[:SCALES|SPREADS*1..${maxDepth}]->(member:Project)
    RETURN member, -length(path) AS depth`;

/**
 * Builds the one statement that reads the lineages of all projects in $projectIds. For each root
 * it collects the lineage's members with their signed shortest distance from the root, then
 * returns one row per step: a member and each derivation relationship to a member one generation
 * nearer the origin (or none), with the member's adopting councils and evaluation findings. Rows:
 * rootId, depth, project, parent, mode, year, sourceIds, sourceNotes, adoptingCouncils [{council,
 * year, round, sourceIds, sourceNotes}], findings; ordered by root, depth, then project name. No
 * rows for an id that has no project. `maxDepth` is interpolated (var-length bounds cannot be
 * parameters), so it is checked here.
 */
export function lineageCypher(direction: LineageDirection, maxDepth: number): string {
  if (!Number.isInteger(maxDepth) || maxDepth < 0 || maxDepth > MAX_LINEAGE_DEPTH) {
    throw new RangeError(`maxDepth must be an integer from 0 to ${MAX_LINEAGE_DEPTH}, but got: ${maxDepth}`);
  }
  const parts = [SELF];
  if (maxDepth > 0 && direction !== LineageDirection.ANCESTORS) parts.push(descendants(maxDepth));
  if (maxDepth > 0 && direction !== LineageDirection.DESCENDANTS) parts.push(ancestors(maxDepth));
  return `
  UNWIND $projectIds AS projectId
  MATCH (root:Project {id: projectId})
  CALL (root) {
    ${parts.join('\n    UNION\n')}
  }
  WITH root, member, collect(depth) AS depths
  WITH root, member, reduce(best = head(depths), d IN depths | CASE WHEN abs(d) < abs(best) THEN d ELSE best END) AS depth
  WITH root, collect({project: member, depth: depth}) AS members
  UNWIND members AS m
  WITH root, members, m.project AS project, m.depth AS depth
  OPTIONAL MATCH (project)-[derivation:SCALES|SPREADS]->(parent:Project)
    WHERE any(other IN members WHERE other.project = parent AND other.depth = depth - 1)
  CALL (project) {
    OPTIONAL MATCH (council:Council)-[adoption:ADOPTS]->(project)
    OPTIONAL MATCH (round:FundingRound {id: adoption.round})
    WITH council, adoption, round ORDER BY council.name, council.id
    RETURN collect(CASE WHEN council IS NOT NULL THEN {
      council: properties(council), year: adoption.year, round: properties(round),
      sourceIds: adoption.sourceIds, sourceNotes: adoption.sourceNotes} END) AS adoptingCouncils
  }
  CALL (project) {
    OPTIONAL MATCH (project)<-[:EVALUATES]-(:Evaluation)-[:REPORTS]->(finding:Finding)
    WITH DISTINCT finding ORDER BY finding.id
    RETURN collect(properties(finding)) AS findings
  }
  RETURN root.id AS rootId, depth, properties(project) AS project, properties(parent) AS parent,
         CASE WHEN derivation IS NULL THEN null
              ELSE coalesce(derivation.mode, CASE type(derivation) WHEN 'SCALES' THEN 'scale' ELSE 'spread' END) END AS mode,
         derivation.year AS year,
         coalesce(derivation.sourceIds, []) AS sourceIds, coalesce(derivation.sourceNotes, []) AS sourceNotes,
         adoptingCouncils, findings
  ORDER BY rootId, depth, project.name, project.id, parent.name, parent.id`;
}
