import { Database } from '../neo4j/database';
import { NODE_LABELS, NodeLabel } from '../neo4j/migrations';
import { GraphPlan } from './plan-graph';
import { IDENTITY_PROPERTIES, RELATIONSHIP_TYPES } from './seed-kinds';

/** Rows per UNWIND statement: big enough to amortise round trips, small enough for the heap. */
const BATCH_SIZE = 2000;

/** Upserts nodes of one label by id and replaces their properties. */
const mergeNodesCypher = (label: NodeLabel) =>
  `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.props`;

/**
 * Upserts relationships of one type between two labels and replaces their properties; the
 * identity properties (allow-listed names from SEED_KINDS) tell apart parallel relationships.
 */
const mergeRelationshipsCypher = (type: string, fromLabel: NodeLabel, toLabel: NodeLabel, identity: string[]) => `
  UNWIND $rows AS row
  MATCH (a:${fromLabel} {id: row.from})
  MATCH (b:${toLabel} {id: row.to})
  MERGE (a)-[r:${type}${identity.length ? ` {${identity.map((p) => `${p}: row.props.${p}`).join(', ')}}` : ''}]->(b)
  SET r = row.props`;

/** Reports progress of each phase: a phase name, its total, and how many rows are done. */
export interface ProgressSink {
  startPhase(name: string, total: number): void;
  advance(done: number): void;
  endPhase(): void;
}

/**
 * Writes a plan in ONE transaction: either all of it commits or none of it does, so a crash or
 * error mid-load leaves the graph as it was. MERGE on ids plus `SET = props` make a second run
 * leave the graph identical.
 */
export async function writeGraph(db: Database, plan: GraphPlan, progress?: ProgressSink): Promise<void> {
  for (const label of plan.nodes.keys()) assertAllowed(NODE_LABELS, label, 'label');
  for (const group of plan.relationships) {
    assertAllowed(RELATIONSHIP_TYPES, group.type, 'relationship type');
    assertAllowed(NODE_LABELS, group.fromLabel, 'label');
    assertAllowed(NODE_LABELS, group.toLabel, 'label');
    group.identity.forEach((name) => assertAllowed(IDENTITY_PROPERTIES, name, 'identity property'));
  }
  await db.writeTransaction(async (run) => {
    for (const [label, rows] of plan.nodes) {
      await runInBatches(`nodes ${label}`, rows, (batch) => run(mergeNodesCypher(label), { rows: batch }), progress);
    }
    for (const group of plan.relationships) {
      const cypher = mergeRelationshipsCypher(group.type, group.fromLabel, group.toLabel, group.identity);
      await runInBatches(
        `relationships ${group.type} (${group.fromLabel}->${group.toLabel})`,
        group.rows,
        (batch) => run(cypher, { rows: batch }),
        progress,
      );
    }
  });
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

function assertAllowed(allowed: readonly string[], value: string, what: string): void {
  if (!allowed.includes(value)) {
    throw new TypeError(`${what} must be one of ${allowed.join(', ')}, but got: ${value}`);
  }
}
