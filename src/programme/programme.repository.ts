import { Database } from '../neo4j/database';
import { Programme } from './programme.type';

/** All programmes, oldest first; returns their properties. */
const LIST_PROGRAMMES = `
  MATCH (p:Programme)
  RETURN properties(p) AS programme
  ORDER BY p.startDate, p.id`;

/** Lists every programme. */
export async function listProgrammes(db: Database): Promise<Programme[]> {
  const rows = await db.read(LIST_PROGRAMMES);
  return rows.map((row) => row.programme as Programme);
}
