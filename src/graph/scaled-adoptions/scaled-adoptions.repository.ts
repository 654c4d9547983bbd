import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { ScaledAdoption } from './scaled-adoption.type';

/**
 * Councils leading or adopting, in round $adoptionRound, a project that scales or spreads a project
 * funded in round $originRound. One row per council, origin, derived project and derivation:
 * council, originProject, derivedProject, mode, year, sourceIds, sourceNotes (of the derivation),
 * involvement [{relationship, year, sourceIds, sourceNotes}]; by council, origin and derived name.
 */
const SCALED_ADOPTIONS = `
  MATCH (origin:Project)-[:FUNDED_IN]->(:FundingRound {number: $originRound})
  MATCH (derived:Project)-[derivation:SCALES|SPREADS]->(origin)
  MATCH (council:Council)-[role:LEADS|ADOPTS]->(derived)
  WHERE EXISTS { (derived)-[:FUNDED_IN]->(:FundingRound {number: $adoptionRound}) }
     OR (type(role) = 'ADOPTS' AND EXISTS { MATCH (r:FundingRound {number: $adoptionRound}) WHERE r.id = role.round })
  WITH DISTINCT council, origin, derived, derivation, role
  ORDER BY type(role)
  WITH council, origin, derived, derivation, collect(role) AS roles
  RETURN properties(council) AS council, properties(origin) AS originProject, properties(derived) AS derivedProject,
         coalesce(derivation.mode, CASE type(derivation) WHEN 'SCALES' THEN 'scale' ELSE 'spread' END) AS mode,
         derivation.year AS year, derivation.sourceIds AS sourceIds, derivation.sourceNotes AS sourceNotes,
         [role IN roles | {relationship: type(role), year: role.year,
                           sourceIds: role.sourceIds, sourceNotes: role.sourceNotes}] AS involvement
  ORDER BY council.name, origin.name, derived.name, council.id, origin.id, derived.id`;

/** Answers "which councils ran scaled round-N projects in round M?" in one statement. */
export async function findScaledAdoptions(
  db: Database,
  originRound: number,
  adoptionRound: number,
): Promise<ScaledAdoption[]> {
  const rows = await db.read(SCALED_ADOPTIONS, {
    originRound: neo4j.int(originRound),
    adoptionRound: neo4j.int(adoptionRound),
  });
  return rows as unknown as ScaledAdoption[];
}
