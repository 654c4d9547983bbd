import { Database } from '../../neo4j/database';
import { LineageDirection } from './lineage-direction.enum';
import { LineageGeneration, LineageStep } from './lineage.type';
import { lineageCypher } from './lineage.cypher';

/**
 * Reads the scale-and-spread lineage of a project in one statement, as generations oldest first.
 * Returns `null` when there is no project with that id. `maxDepth` must be 0..MAX_LINEAGE_DEPTH.
 * Exported for `Project.lineage` as well as the top-level `lineage` query.
 */
export async function findLineage(
  db: Database,
  projectId: string,
  direction: LineageDirection = LineageDirection.DESCENDANTS,
  maxDepth = 5,
): Promise<LineageGeneration[] | null> {
  const rows = await db.read(lineageCypher(direction, maxDepth), { projectId });
  if (rows.length === 0) return null;
  const generations = new Map<number, LineageGeneration>();
  for (const row of rows as unknown as LineageStep[]) {
    const generation = generations.get(row.depth) ?? { depth: row.depth, steps: [] };
    generation.steps.push(row);
    generations.set(row.depth, generation);
  }
  // Rows arrive ordered by depth, so the map's insertion order is already oldest first.
  return [...generations.values()];
}
