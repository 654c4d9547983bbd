import { validateSync, ValidationError } from 'class-validator';
import { LoadedRecord } from './read-seeds';
import { SeedIssue } from './seed-issue';
import { labelOfId, RelationSpec } from './seed-kinds';

/**
 * Validates every record (class-validator on the record classes) and then the references
 * between them: ids unique and of the file's kind, every relationship target and every cited
 * source present, no relationship listed twice.
 */
export function validateSeeds(records: LoadedRecord[]): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const firstFileById = new Map<string, string>();
  for (const loaded of records) {
    const id = typeof loaded.record.id === 'string' ? loaded.record.id : `#${loaded.index + 1}`;
    for (const error of validateSync(loaded.record, { forbidUnknownValues: false, whitelist: false })) {
      issues.push(...flatten(error, '').map(({ field, reason }) => ({ file: loaded.file, id, field, reason })));
    }
    unknownFields(loaded).forEach((field) =>
      issues.push({ file: loaded.file, id, field, reason: 'unknown field (see seeds/FORMAT.md)' }),
    );
    if (typeof loaded.record.id === 'string') {
      const previous = firstFileById.get(id);
      if (previous) issues.push({ file: loaded.file, id, field: 'id', reason: `duplicate id, first defined in ${previous}` });
      else firstFileById.set(id, loaded.file);
      if (labelOfId(id) !== loaded.kind.label) {
        issues.push({ file: loaded.file, id, field: 'id', reason: `id prefix does not belong in ${loaded.kind.file}` });
      }
    }
  }
  for (const loaded of records) issues.push(...checkReferences(loaded, firstFileById));
  return issues;
}

function checkReferences(loaded: LoadedRecord, known: Map<string, string>): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const { record, file } = loaded;
  const report = (field: string, reason: string) => issues.push({ file, id: record.id, field, reason });
  const checkSources = (refs: unknown, field: string) => {
    if (!Array.isArray(refs)) return;
    refs.forEach((ref: { source?: unknown }, i) => {
      if (typeof ref?.source === 'string' && known.get(ref.source) === undefined) {
        report(`${field}[${i}].source`, `unknown source "${ref.source}"`);
      } else if (typeof ref?.source === 'string' && labelOfId(ref.source) !== 'Source') {
        report(`${field}[${i}].source`, `"${ref.source}" is not a source`);
      }
    });
  };
  checkSources(record.sources, 'sources');
  (record.alternatives as { sources?: unknown }[] | undefined)?.forEach((alt, i) =>
    checkSources(alt?.sources, `alternatives[${i}].sources`),
  );
  for (const spec of loaded.kind.relations) {
    const seen = new Set<string>();
    entriesOf(record, spec).forEach((entry, i) => {
      const field = spec.single ? spec.field : `${spec.field}[${i}]`;
      checkSources(entry.sources, `${field}.sources`);
      const target = entry[spec.targetKey];
      if (typeof target !== 'string') return;
      if (!known.has(target)) report(`${field}.${spec.targetKey}`, `unknown id "${target}"`);
      const identity = (spec.identity ?? []).map((name) => String(entry[name]));
      const key = [spec.typeOf?.(entry) ?? spec.types[0], target, ...identity].join('>');
      if (seen.has(key)) {
        const what = spec.identity ? ` with the same ${spec.identity.join(', ')}` : '';
        report(`${field}.${spec.targetKey}`, `"${target}" is listed twice${what}`);
      }
      seen.add(key);
      if (spec.field === 'adoptedBy' && typeof entry.round === 'string' && !known.has(entry.round)) {
        report(`${field}.round`, `unknown id "${entry.round}"`);
      }
    });
  }
  return issues;
}

/** The entries of a relation field as a list, whether the field holds one object or many. */
export function entriesOf(record: Record<string, unknown>, spec: RelationSpec): Record<string, unknown>[] {
  const value = record[spec.field];
  if (value === undefined || value === null) return [];
  return (spec.single ? [value] : Array.isArray(value) ? value : []) as Record<string, unknown>[];
}

function unknownFields(loaded: LoadedRecord): string[] {
  const allowed = new Set([
    'id', 'sources', 'alternatives',
    ...loaded.kind.properties,
    ...loaded.kind.relations.map((r) => r.field),
  ]);
  return Object.keys(loaded.record).filter((key) => !allowed.has(key));
}

function flatten(error: ValidationError, prefix: string): { field: string; reason: string }[] {
  const field = prefix ? (/^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
  const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
