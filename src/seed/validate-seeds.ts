import { validateSync, ValidationError } from 'class-validator';
import { LoadedRecord } from './read-seeds';
import { SeedIssue } from './seed-issue';
import { labelOfId, RelationSpec } from './seed-kinds';

/** class-validator's key for a property that no decorator declares (forbidNonWhitelisted). */
const UNKNOWN_FIELD = 'whitelistValidation';

/**
 * Validates every record (class-validator on the record classes, unknown fields rejected at any
 * depth) and then the references between them: ids unique and of the file's kind, every
 * relationship target and every cited source present, no entry listed twice, no record naming
 * itself, GSS codes equal to the id's code.
 */
export function validateSeeds(records: LoadedRecord[]): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const firstFileById = new Map<string, string>();
  for (const loaded of records) {
    const id = typeof loaded.record.id === 'string' ? loaded.record.id : `#${loaded.index + 1}`;
    const options = { forbidUnknownValues: false, whitelist: true, forbidNonWhitelisted: true };
    for (const error of validateSync(loaded.record, options)) {
      issues.push(...flatten(error, '').map(({ field, reason }) => ({ file: loaded.file, id, field, reason })));
    }
    if (typeof loaded.record.id === 'string') {
      const previous = firstFileById.get(id);
      if (previous) issues.push({ file: loaded.file, id, field: 'id', reason: `duplicate id, first defined in ${previous}` });
      else firstFileById.set(id, loaded.file);
      if (labelOfId(id) !== loaded.kind.label) {
        issues.push({ file: loaded.file, id, field: 'id', reason: `id prefix does not belong in ${loaded.kind.file}` });
      }
      const gssCode = loaded.record.gssCode;
      if (typeof gssCode === 'string' && (id.startsWith('council:') || id.startsWith('region:')) && id.split(':')[1] !== gssCode) {
        issues.push({ file: loaded.file, id, field: 'gssCode', reason: `gssCode "${gssCode}" differs from the code in the id` });
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
      if (target === record.id) report(`${field}.${spec.targetKey}`, 'a record cannot name itself');
      // Two entries to the same node are two facts (two roles at one organisation) unless every
      // stored property is equal too.
      const key = JSON.stringify([spec.typeOf?.(entry) ?? spec.types[0], target, ...spec.properties.map((p) => entry[p] ?? null)]);
      if (seen.has(key)) report(`${field}.${spec.targetKey}`, `"${target}" is listed twice with the same values`);
      seen.add(key);
      if (spec.field === 'adoptedBy' && typeof entry.round === 'string' && !known.has(entry.round)) {
        report(`${field}.round`, `unknown id "${entry.round}"`);
      }
      if (spec.field === 'adoptedBy' && entry.round !== undefined && entry.roundNotStated === true) {
        report(`${field}.roundNotStated`, 'an adoption cannot both name its round and say the round is not stated');
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

function flatten(error: ValidationError, prefix: string): { field: string; reason: string }[] {
  const field = prefix ? (/^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`) : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
    field,
    reason: constraint === UNKNOWN_FIELD ? 'unknown field (see seeds/FORMAT.md)' : reason,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => flatten(child, field))];
}
