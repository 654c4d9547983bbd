import { Database } from '../neo4j/database';
import { repoPath } from '../shared/repo-path';
import { countPlan, GraphPlan, planGraph } from './plan-graph';
import { readSeedDirectories } from './read-seeds';
import { SeedValidationError } from './seed-issue';
import { validateSeeds } from './validate-seeds';
import { ProgressSink, writeGraph } from './write-graph';

/** The curated seeds shipped with the project. */
export const DEFAULT_SEED_DIR = repoPath('seeds');

export interface SeedSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  ms: number;
}

/**
 * Reads, validates and writes the seed directories (later ones add to earlier ones). Throws
 * SeedValidationError, having written nothing, when any record is invalid.
 */
export async function loadSeeds(db: Database, directories: string[], progress?: ProgressSink): Promise<SeedSummary> {
  const started = Date.now();
  return writeSeedPlan(db, planSeeds(directories), progress, started);
}

/** Reads and validates the seed directories and plans the graph; throws SeedValidationError. */
export function planSeeds(directories: string[]): GraphPlan {
  return planGraph(readValidRecords(directories));
}

/** Writes a plan made by planSeeds (one transaction) and summarises it. */
export async function writeSeedPlan(
  db: Database,
  plan: GraphPlan,
  progress?: ProgressSink,
  started = Date.now(),
): Promise<SeedSummary> {
  await writeGraph(db, plan, progress);
  return { ...countPlan(plan), ms: Date.now() - started };
}

/** Validates the seed directories without a database; returns what a load would write. */
export function checkSeeds(directories: string[]): ReturnType<typeof countPlan> {
  return countPlan(planGraph(readValidRecords(directories)));
}

function readValidRecords(directories: string[]) {
  const { records, issues } = readSeedDirectories(directories);
  issues.push(...validateSeeds(records));
  if (issues.length > 0) throw new SeedValidationError(issues);
  return records;
}
