import neo4j, { Integer } from 'neo4j-driver';
import { Database } from '../neo4j/database';
import { NODE_LABELS, NodeLabel } from '../neo4j/migrations';
import { GraphPlan } from './plan-graph';
import { RELATIONSHIP_TYPES } from './seed-kinds';

/** Rows per UNWIND statement: big enough to amortise round trips, small enough for the heap. */
const BATCH_SIZE = 2000;

/** Number of relationships of one seed type (from the count store). */
const countRelationshipsCypher = (type: string) => `MATCH ()-[r:${type}]->() RETURN count(r) AS count`;

/** Deletes up to $limit relationships of one seed type; returns how many it deleted. */
const deleteRelationshipsCypher = (type: string) =>
  `MATCH ()-[r:${type}]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted`;

/** Ids of every node of one label, one row each. */
const nodeIdsCypher = (label: NodeLabel) => `MATCH (n:${label}) RETURN n.id AS id`;

/** Creates nodes of one label that do not exist yet, with all their properties. */
const createNodesCypher = (label: NodeLabel) => `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`;

/** Replaces every property of existing nodes of one label, found by id. */
const updateNodesCypher = (label: NodeLabel) =>
  `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n = row.props`;

/** Deletes the nodes of one label with the given ids, with any relationship left on them. */
const deleteNodesCypher = (label: NodeLabel) => `UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`;

/** Creates relationships of one type between two labels (endpoints by id); returns how many. */
const createRelationshipsCypher = (type: string, fromLabel: NodeLabel, toLabel: NodeLabel) => `
  UNWIND $rows AS row
  MATCH (a:${fromLabel} {id: row.from})
  MATCH (b:${toLabel} {id: row.to})
  CREATE (a)-[r:${type}]->(b)
  SET r = row.props
  RETURN count(r) AS created`;

/** Reports progress of each phase: a phase name, its total, and how many rows are done. */
export interface ProgressSink {
  startPhase(name: string, total: number): void;
  advance(done: number): void;
  endPhase(): void;
}

/** Runs one Cypher statement inside the load's transaction. */
export type RunInTransaction = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/**
 * Makes the graph equal to the plan, in ONE transaction, so a crash or error mid-load leaves the
 * old graph and a commit leaves the new one, never a mix:
 * 1. delete every relationship of a seed type (they are all recreated in step 4);
 * 2. per label, read the ids present; delete the nodes the plan no longer holds, CREATE the new
 *    ones and replace every property of the others (`SET n = props`);
 * 3. CREATE the plan's relationships.
 * Running it twice leaves the same nodes, relationships and properties (the canonical hash of
 * graph-hash.ts is equal). Relationships are recreated rather than merged so that two entries
 * between the same nodes (two roles at one organisation) stay two relationships.
 */
export async function writeGraph(db: Database, plan: GraphPlan, progress?: ProgressSink): Promise<void> {
  await db.writeTransaction((run) => writeGraphIn(run, plan, progress));
}

/** The body of writeGraph, given the transaction's `run` (tests inject a failing one). */
export async function writeGraphIn(run: RunInTransaction, plan: GraphPlan, progress?: ProgressSink): Promise<void> {
  for (const label of plan.nodes.keys()) assertAllowed(NODE_LABELS, label, 'label');
  for (const group of plan.relationships) {
    assertAllowed(RELATIONSHIP_TYPES, group.type, 'relationship type');
    assertAllowed(NODE_LABELS, group.fromLabel, 'label');
    assertAllowed(NODE_LABELS, group.toLabel, 'label');
  }
  for (const type of RELATIONSHIP_TYPES) {
    const [{ count }] = await run(countRelationshipsCypher(type));
    await deleteInBatches(`delete old ${type}`, count as number, (limit) => run(deleteRelationshipsCypher(type), { limit }), progress);
  }
  for (const label of NODE_LABELS) {
    const existing = new Set((await run(nodeIdsCypher(label))).map((row) => row.id as string));
    const rows = plan.nodes.get(label) ?? [];
    const planned = new Set(rows.map((row) => row.id));
    const stale = [...existing].filter((id) => !planned.has(id));
    await runInBatches(`delete stale ${label}`, stale, (ids) => run(deleteNodesCypher(label), { ids }), progress);
    // CREATE for new ids, MATCH + SET for known ones: cheaper than MERGE in a large transaction,
    // and the uniqueness constraint on id still guards against duplicates.
    const fresh = rows.filter((row) => !existing.has(row.id));
    await runInBatches(`create ${label}`, fresh, (batch) => run(createNodesCypher(label), { rows: batch }), progress);
    const known = rows.filter((row) => existing.has(row.id));
    await runInBatches(`update ${label}`, known, (batch) => run(updateNodesCypher(label), { rows: batch }), progress);
  }
  for (const group of plan.relationships) {
    const cypher = createRelationshipsCypher(group.type, group.fromLabel, group.toLabel);
    await runInBatches(
      `relationships ${group.type} (${group.fromLabel}->${group.toLabel})`,
      group.rows,
      async (batch) => {
        const [{ created }] = await run(cypher, { rows: batch });
        // Validation guarantees both endpoints exist; a shortfall means the plan and graph disagree.
        if (created !== batch.length) {
          throw new Error(`${group.type}: created ${String(created)} of ${batch.length} relationships; endpoints missing`);
        }
      },
      progress,
    );
  }
}

async function runInBatches<T>(
  phase: string,
  rows: T[],
  write: (batch: T[]) => Promise<unknown>,
  progress?: ProgressSink,
): Promise<void> {
  if (rows.length === 0) return;
  progress?.startPhase(phase, rows.length);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await write(batch);
    progress?.advance(start + batch.length);
  }
  progress?.endPhase();
}

/** Runs a bounded delete until `total` rows are gone; no phase is shown when there is nothing to do. */
async function deleteInBatches(
  phase: string,
  total: number,
  remove: (limit: Integer) => Promise<Record<string, unknown>[]>,
  progress?: ProgressSink,
): Promise<void> {
  if (total === 0) return;
  progress?.startPhase(phase, total);
  let done = 0;
  while (done < total) {
    const [{ deleted }] = await remove(neo4j.int(BATCH_SIZE));
    if (!deleted) break;
    done += deleted as number;
    progress?.advance(done);
  }
  progress?.endPhase();
}

function assertAllowed(allowed: readonly string[], value: string, what: string): void {
  if (!allowed.includes(value)) {
    throw new TypeError(`${what} must be one of ${allowed.join(', ')}, but got: ${value}`);
  }
}
