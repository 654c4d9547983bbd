/** One problem found in the seed files: where it is and why it is wrong. */
export interface SeedIssue {
  file: string;
  id: string;
  field: string;
  reason: string;
}

/** Raised when seed files are invalid; nothing has been written when it is thrown. */
export class SeedValidationError extends Error {
  readonly code = 'SEED_INVALID';

  constructor(readonly issues: SeedIssue[]) {
    super(`${issues.length} invalid seed record(s); nothing was written.\n${formatIssues(issues)}`);
    this.name = 'SeedValidationError';
  }
}

/** One line per issue: file, record id, field, reason. */
export function formatIssues(issues: SeedIssue[]): string {
  return issues.map((i) => `  ${i.file}  ${i.id}  ${i.field}: ${i.reason}`).join('\n');
}
