import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { parse } from 'yaml';
import { SEED_KINDS, SeedKind } from './seed-kinds';
import { SeedIssue } from './seed-issue';

/** One record as read from a seed file, with where it came from. */
export interface LoadedRecord {
  kind: SeedKind;
  file: string;
  index: number;
  record: Record<string, unknown> & { id: string };
}

/**
 * Reads every known seed file present in each directory, in SEED_KINDS order. Files that do not
 * parse, or are not a list of mappings, become issues rather than exceptions.
 */
export function readSeedDirectories(directories: string[]): { records: LoadedRecord[]; issues: SeedIssue[] } {
  const records: LoadedRecord[] = [];
  const issues: SeedIssue[] = [];
  for (const directory of directories) {
    if (!existsSync(directory)) {
      issues.push({ file: directory, id: '-', field: '-', reason: 'seed directory does not exist' });
      continue;
    }
    // A misnamed file (projet.yaml) would otherwise be skipped without a word.
    const known = new Set(SEED_KINDS.map((k) => k.file));
    for (const name of readdirSync(directory).filter((f) => /\.ya?ml$/.test(f) && !known.has(f))) {
      issues.push({ file: path.join(directory, name), id: '-', field: '-', reason: `unknown seed file; expected one of ${[...known].join(', ')}` });
    }
    for (const kind of SEED_KINDS) {
      const file = path.join(directory, kind.file);
      if (!existsSync(file)) continue;
      let parsed: unknown;
      try {
        parsed = parse(readFileSync(file, 'utf8'));
      } catch (error) {
        issues.push({ file, id: '-', field: '-', reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      if (parsed === null || parsed === undefined) continue;
      if (!Array.isArray(parsed)) {
        issues.push({ file, id: '-', field: '-', reason: 'the file must hold a list of records' });
        continue;
      }
      parsed.forEach((item, index) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          issues.push({ file, id: `#${index + 1}`, field: '-', reason: 'each record must be a mapping' });
          return;
        }
        const record = plainToInstance(kind.recordClass, item) as LoadedRecord['record'];
        records.push({ kind, file, index, record });
      });
    }
  }
  return { records, issues };
}
