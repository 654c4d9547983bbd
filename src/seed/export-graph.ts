import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { Database, Row } from '../neo4j/database';
import { RelationSpec, SEED_KINDS, SeedKind } from './seed-kinds';

/** Every node of one label with its properties, by id. */
const nodesOfLabelCypher = (label: string) => `MATCH (n:${label}) RETURN properties(n) AS props ORDER BY n.id`;

/** Relationships of one type owned by nodes of one label (the record that lists them). */
const ownedRelationshipsCypher = (label: string, type: string, direction: 'out' | 'in') =>
  direction === 'out'
    ? `MATCH (o:${label})-[r:${type}]->(t) RETURN o.id AS owner, t.id AS target, properties(r) AS props ORDER BY owner, target`
    : `MATCH (t)-[r:${type}]->(o:${label}) RETURN o.id AS owner, t.id AS target, properties(r) AS props ORDER BY owner, target`;

/**
 * Writes the whole graph back to seed files in `directory`, in the format it was loaded from,
 * so that export -> wipe -> load reproduces the graph. Returns the number of records per file.
 */
export async function exportGraph(db: Database, directory: string): Promise<Record<string, number>> {
  mkdirSync(directory, { recursive: true });
  const counts: Record<string, number> = {};
  for (const kind of SEED_KINDS) {
    const records = await exportKind(db, kind);
    writeFileSync(path.join(directory, kind.file), stringify(records, { lineWidth: 0 }));
    counts[kind.file] = records.length;
  }
  return counts;
}

async function exportKind(db: Database, kind: SeedKind): Promise<Record<string, unknown>[]> {
  const nodes = await db.read(nodesOfLabelCypher(kind.label));
  const relations = new Map<string, Map<string, Record<string, unknown>[]>>();
  for (const spec of kind.relations) {
    const byOwner = new Map<string, Record<string, unknown>[]>();
    for (const type of spec.types) {
      for (const row of await db.read(ownedRelationshipsCypher(kind.label, type, spec.direction))) {
        const entries = byOwner.get(row.owner as string) ?? [];
        entries.push(toEntry(spec, row));
        byOwner.set(row.owner as string, entries);
      }
    }
    relations.set(spec.field, byOwner);
  }
  return nodes.map(({ props }) => {
    const node = props as Record<string, unknown>;
    const record: Record<string, unknown> = { id: node.id };
    for (const name of kind.properties) if (node[name] !== undefined) record[name] = node[name];
    if (typeof node.alternativesJson === 'string') record.alternatives = JSON.parse(node.alternativesJson);
    for (const spec of kind.relations) {
      const entries = [...(relations.get(spec.field)?.get(node.id as string) ?? [])];
      const untargeted = spec.untargetedJson ? node[spec.untargetedJson] : undefined;
      if (typeof untargeted === 'string') entries.push(...(JSON.parse(untargeted) as Record<string, unknown>[]));
      if (entries.length) record[spec.field] = spec.single ? entries[0] : entries;
    }
    record.sources = citations(node);
    return record;
  });
}

function toEntry(spec: RelationSpec, row: Row): Record<string, unknown> {
  const props = row.props as Record<string, unknown>;
  const entry: Record<string, unknown> = { [spec.targetKey]: row.target };
  for (const name of spec.properties) if (props[name] !== undefined) entry[name] = props[name];
  entry.sources = citations(props);
  return entry;
}

function citations(props: Record<string, unknown>): { source: string; note: string }[] {
  const ids = (props.sourceIds as string[] | undefined) ?? [];
  const notes = (props.sourceNotes as string[] | undefined) ?? [];
  return ids.map((source, i) => ({ source, note: notes[i] ?? '' }));
}
