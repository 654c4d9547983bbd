import { NodeLabel } from '../neo4j/migrations';
import { LoadedRecord } from './read-seeds';
import { labelOfId } from './seed-kinds';
import { entriesOf } from './validate-seeds';

/** A node as stored: its id and every property (provenance included). */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** A relationship as stored, between two ids. */
export interface RelationshipRow {
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Relationships of one type between two labels: one UNWIND statement writes a group. */
export interface RelationshipGroup {
  type: string;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphPlan {
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: RelationshipGroup[];
}

/**
 * Turns validated records into the rows the writer stores. Provenance becomes the parallel lists
 * `sourceIds` and `sourceNotes`; disagreeing values are kept as JSON in `alternativesJson`, and
 * relationship entries that name no target (roles with no organisation) as JSON in the spec's
 * `untargetedJson` property.
 */
export function planGraph(records: LoadedRecord[]): GraphPlan {
  const nodes = new Map<NodeLabel, NodeRow[]>();
  const groups = new Map<string, RelationshipGroup>();
  for (const { kind, record } of records) {
    const props: Record<string, unknown> = { id: record.id, ...provenance(record.sources) };
    for (const name of kind.properties) {
      if (record[name] !== undefined && record[name] !== null) props[name] = record[name];
    }
    const alternatives = record.alternatives as unknown[] | undefined;
    if (alternatives?.length) props.alternativesJson = JSON.stringify(alternatives);
    for (const spec of kind.relations) {
      const untargeted = entriesOf(record, spec).filter((entry) => !entry[spec.targetKey]);
      if (spec.untargetedJson && untargeted.length) props[spec.untargetedJson] = JSON.stringify(untargeted);
    }
    const list = nodes.get(kind.label) ?? [];
    list.push({ id: record.id, props });
    nodes.set(kind.label, list);

    for (const spec of kind.relations) {
      for (const entry of entriesOf(record, spec)) {
        const target = entry[spec.targetKey] as string | undefined;
        if (!target) continue;
        const [from, to] = spec.direction === 'out' ? [record.id, target] : [target, record.id];
        const type = spec.typeOf?.(entry) ?? spec.types[0];
        const relProps: Record<string, unknown> = { ...provenance(entry.sources) };
        for (const name of spec.properties) {
          if (entry[name] !== undefined && entry[name] !== null) relProps[name] = entry[name];
        }
        const fromLabel = labelOfId(from) as NodeLabel;
        const toLabel = labelOfId(to) as NodeLabel;
        const key = `${type}|${fromLabel}|${toLabel}`;
        const group = groups.get(key) ?? { type, fromLabel, toLabel, rows: [] };
        group.rows.push({ from, to, props: relProps });
        groups.set(key, group);
      }
    }
  }
  return { nodes, relationships: [...groups.values()] };
}

function provenance(sources: unknown): { sourceIds: string[]; sourceNotes: string[] } {
  const refs = (Array.isArray(sources) ? sources : []) as { source: string; note: string }[];
  return { sourceIds: refs.map((r) => r.source), sourceNotes: refs.map((r) => r.note) };
}

/** Counts of a plan, by label and by relationship type. */
export function countPlan(plan: GraphPlan): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = {};
  for (const [label, rows] of plan.nodes) nodes[label] = rows.length;
  const relationships: Record<string, number> = {};
  for (const group of plan.relationships) {
    relationships[group.type] = (relationships[group.type] ?? 0) + group.rows.length;
  }
  return { nodes, relationships };
}
