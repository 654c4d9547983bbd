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

/** Upserts nodes of one label by id and replaces their properties. */
const mergeNodesCypher = (label: NodeLabel) =>
  `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.props`;

/** Number of nodes of one label whose id the plan does not hold. */
const countStaleNodesCypher = (label: NodeLabel) => `MATCH (n:${label}) WHERE NOT n.id IN $ids RETURN count(n) AS count`;

/** Deletes up to $limit nodes of one label whose id the plan does not hold; returns how many. */
const deleteStaleNodesCypher = (label: NodeLabel) =>
  `MATCH (n:${label}) WHERE NOT n.id IN $ids WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted`;

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
 * 2. MERGE nodes by id and replace their properties (`SET n = props`);
 * 3. delete nodes of the seed labels that the plan no longer holds;
 * 4. CREATE the plan's relationships.
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
  for (const [label, rows] of plan.nodes) {
    await runInBatches(`nodes ${label}`, rows, (batch) => run(mergeNodesCypher(label), { rows: batch }), progress);
  }
  for (const label of NODE_LABELS) {
    const ids = (plan.nodes.get(label) ?? []).map((row) => row.id);
    const [{ count }] = await run(countStaleNodesCypher(label), { ids });
    await deleteInBatches(`delete stale ${label}`, count as number, (limit) => run(deleteStaleNodesCypher(label), { ids, limit }), progress);
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
