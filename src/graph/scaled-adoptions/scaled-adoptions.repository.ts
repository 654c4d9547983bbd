import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { ScaledAdoption } from './scaled-adoption.type';

/**
 * Councils leading or adopting, in round $adoptionRound, a project that scales or spreads a project
 * funded in round $originRound. A LEADS counts when the derived project is funded in that round; an
 * ADOPTS counts when it names that round. An ADOPTS that names no round (`roundNotStated`) counts
 * only when $includeUnstatedRounds is true and the derived project is funded in that round, with
 * roundStated false: its source does not say it was a round-$adoptionRound adoption.
 * One row per council, origin, derived project and derivation: council, originProject,
 * derivedProject, mode, year, sourceIds, sourceNotes (of the derivation), roundStated (true when
 * some involvement states the round), involvement [{relationship, year, roundStated, sourceIds,
 * sourceNotes}]; by council, origin and derived name.
 */
const SCALED_ADOPTIONS = `
  MATCH (origin:Project)-[:FUNDED_IN]->(:FundingRound {number: $originRound})
  MATCH (derived:Project)-[derivation:SCALES|SPREADS]->(origin)
  MATCH (council:Council)-[role:LEADS|ADOPTS]->(derived)
  WITH DISTINCT council, origin, derived, derivation, role,
       EXISTS { (derived)-[:FUNDED_IN]->(:FundingRound {number: $adoptionRound}) } AS derivedInRound
  WITH council, origin, derived, derivation, role,
       CASE
         WHEN type(role) = 'LEADS' THEN CASE WHEN derivedInRound THEN true END
         WHEN role.round IS NULL THEN CASE WHEN $includeUnstatedRounds AND derivedInRound THEN false END
         WHEN EXISTS { MATCH (r:FundingRound {number: $adoptionRound}) WHERE r.id = role.round } THEN true
       END AS roundStated
  WHERE roundStated IS NOT NULL
  ORDER BY type(role)
  WITH council, origin, derived, derivation, collect({role: role, roundStated: roundStated}) AS roles
  RETURN properties(council) AS council, properties(origin) AS originProject, properties(derived) AS derivedProject,
         coalesce(derivation.mode, CASE type(derivation) WHEN 'SCALES' THEN 'scale' ELSE 'spread' END) AS mode,
         derivation.year AS year, derivation.sourceIds AS sourceIds, derivation.sourceNotes AS sourceNotes,
         any(entry IN roles WHERE entry.roundStated) AS roundStated,
         [entry IN roles | {relationship: type(entry.role), year: entry.role.year, roundStated: entry.roundStated,
                            sourceIds: entry.role.sourceIds, sourceNotes: entry.role.sourceNotes}] AS involvement
  ORDER BY council.name, origin.name, derived.name, council.id, origin.id, derived.id`;

/** Answers "which councils ran scaled round-N projects in round M?" in one statement. */
export async function findScaledAdoptions(
  db: Database,
  originRound: number,
  adoptionRound: number,
  includeUnstatedRounds = false,
): Promise<ScaledAdoption[]> {
  const rows = await db.read(SCALED_ADOPTIONS, {
    originRound: neo4j.int(originRound),
    adoptionRound: neo4j.int(adoptionRound),
    includeUnstatedRounds,
  });
  return rows as unknown as ScaledAdoption[];
}
