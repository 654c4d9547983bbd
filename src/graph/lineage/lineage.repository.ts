import { Database } from '../../neo4j/database';
import { groupByKeys } from '../../neo4j/node-by-id-loader';
import { LineageDirection } from './lineage-direction.enum';
import { LineageGeneration, LineageStep } from './lineage.type';
import { lineageCypher } from './lineage.cypher';

/** A lineage row: one step, tagged with the project whose lineage it belongs to. */
type LineageRow = LineageStep & { rootId: string };

/**
 * Reads the scale-and-spread lineages of several projects in one statement, as generations
 * oldest first, in the order of `projectIds` (the DataLoader contract); `null` for an id that has
 * no project. `maxDepth` must be 0..MAX_LINEAGE_DEPTH. Used by `Project.lineage`'s loader.
 */
export async function findLineages(
  db: Database,
  projectIds: readonly string[],
  direction: LineageDirection = LineageDirection.DESCENDANTS,
  maxDepth = 5,
): Promise<(LineageGeneration[] | null)[]> {
  const rows = (await db.read(lineageCypher(direction, maxDepth), { projectIds: [...projectIds] })) as unknown as LineageRow[];
  return groupByKeys(projectIds, rows, (row) => row.rootId).map((steps) => (steps.length === 0 ? null : toGenerations(steps)));
}

/**
 * Reads the scale-and-spread lineage of one project in one statement, as generations oldest first.
 * Returns `null` when there is no project with that id. Used by the top-level `lineage` query.
 */
export async function findLineage(
  db: Database,
  projectId: string,
  direction: LineageDirection = LineageDirection.DESCENDANTS,
  maxDepth = 5,
): Promise<LineageGeneration[] | null> {
  const [generations] = await findLineages(db, [projectId], direction, maxDepth);
  return generations;
}

/** Groups one lineage's steps (ordered by depth) into generations, oldest first. */
function toGenerations(rows: LineageRow[]): LineageGeneration[] {
  const generations = new Map<number, LineageGeneration>();
  for (const row of rows) {
    const generation = generations.get(row.depth) ?? { depth: row.depth, steps: [] };
    generation.steps.push(row);
    generations.set(row.depth, generation);
  }
  // Rows arrive ordered by depth, so the map's insertion order is already oldest first.
  return [...generations.values()];
}
