import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Database } from '../../src/neo4j/database';
import { hashGraph } from '../../src/seed/graph-hash';
import { loadSeeds } from '../../src/seed/load-seeds';
import { SeedIssue, SeedValidationError } from '../../src/seed/seed-issue';
import { connectTestDb } from '../helpers/test-graph';
import { BAD_SEEDS, restoreSeededGraph, SMALL_SEEDS, wipeGraph } from '../helpers/seed-graph';

/** Loads the fixture plus one bad directory and returns the issues the loader reported. */
async function rejectedIssues(db: Database, bad: string): Promise<{ issues: SeedIssue[]; message: string }> {
  const error = await loadSeeds(db, [SMALL_SEEDS, BAD_SEEDS(bad)]).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof SeedValidationError)) throw new Error(`expected SeedValidationError, got ${String(error)}`);
  return { issues: error.issues, message: error.message };
}

const file = (bad: string, name: string) => path.join(BAD_SEEDS(bad), name);

describe('seed loader rejects bad records and writes nothing (this file owns the whole graph)', () => {
  let driver: Driver;
  let db: Database;
  let loadedHash: string;

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    await wipeGraph(db);
    await loadSeeds(db, [SMALL_SEEDS]);
    loadedHash = await hashGraph(db);
  });

  afterEach(async () => {
    // Nothing was written: the graph is exactly what the valid load left.
    expect(await hashGraph(db)).toBe(loadedHash);
  });

  afterAll(async () => {
    await restoreSeededGraph(db);
    await driver.close();
  });

  it('reports a relationship to an unknown id', async () => {
    const { issues, message } = await rejectedIssues(db, 'unknown-reference');
    expect(issues).toEqual([
      { file: file('unknown-reference', 'projects.yaml'), id: 'project:t-bad-unknown-ref', field: 'leads[0].id', reason: 'unknown id "council:E06000099"' },
    ]);
    expect(message).toBe(
      `1 invalid seed record(s); nothing was written.\n  ${file('unknown-reference', 'projects.yaml')}  project:t-bad-unknown-ref  leads[0].id: unknown id "council:E06000099"`,
    );
  });

  it('reports a record without sources', async () => {
    const { issues } = await rejectedIssues(db, 'missing-sources');
    expect(issues).toContainEqual({
      file: file('missing-sources', 'themes.yaml'), id: 'theme:t-bad-no-sources', field: 'sources', reason: 'sources must list at least one source',
    });
    expect(issues.every((i) => i.id === 'theme:t-bad-no-sources' && i.field === 'sources')).toBe(true);
  });

  it('reports a citation of a source id that does not exist', async () => {
    const { issues } = await rejectedIssues(db, 'unknown-source');
    expect(issues).toEqual([
      { file: file('unknown-source', 'organisations.yaml'), id: 'org:t-bad-unknown-source', field: 'sources[0].source', reason: 'unknown source "source:t-no-such-document"' },
    ]);
  });

  it('reports a value outside an enumeration', async () => {
    const { issues } = await rejectedIssues(db, 'bad-enum');
    expect(issues).toEqual([
      { file: file('bad-enum', 'projects.yaml'), id: 'project:t-bad-enum', field: 'status', reason: 'status must be one of the following values: completed, active, unknown' },
    ]);
  });

  it('reports a date that does not exist (2017-02-30)', async () => {
    const { issues } = await rejectedIssues(db, 'bad-date');
    expect(issues).toEqual([
      { file: file('bad-date', 'evaluations.yaml'), id: 'evaluation:t-bad-date', field: 'date', reason: 'date must be YYYY, YYYY-MM or YYYY-MM-DD and a real date' },
    ]);
  });

  it('reports an id defined twice, naming where it was first defined', async () => {
    const { issues } = await rejectedIssues(db, 'duplicate-id');
    expect(issues).toEqual([
      { file: file('duplicate-id', 'councils.yaml'), id: 'council:E06000001', field: 'id', reason: `duplicate id, first defined in ${path.join(SMALL_SEEDS, 'councils.yaml')}` },
    ]);
  });

  it('reports unknown fields, at the top level and inside a relationship entry', async () => {
    const { issues } = await rejectedIssues(db, 'unknown-field');
    expect(issues).toEqual([
      { file: file('unknown-field', 'people.yaml'), id: 'person:t-bad-unknown-field', field: 'nickname', reason: 'unknown field (see seeds/FORMAT.md)' },
      { file: file('unknown-field', 'people.yaml'), id: 'person:t-bad-unknown-nested-field', field: 'roles[0].form', reason: 'unknown field (see seeds/FORMAT.md)' },
    ]);
  });

  it('reports a file that is not valid YAML, with the line', async () => {
    const { issues } = await rejectedIssues(db, 'malformed-yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: file('malformed-yaml', 'themes.yaml'), id: '-', field: '-' });
    expect(issues[0].reason).toMatch(/^not valid YAML: .* at line 3, column 3/);
  });

  it('reports a relationship entry without sources', async () => {
    const { issues } = await rejectedIssues(db, 'relationship-without-sources');
    expect(issues).toContainEqual({
      file: file('relationship-without-sources', 'projects.yaml'), id: 'project:t-bad-unsourced-link', field: 'themes[0].sources', reason: 'sources must list at least one source',
    });
    expect(issues.every((i) => i.field === 'themes[0].sources')).toBe(true);
  });

  it('reports an id whose prefix does not belong in the file', async () => {
    const { issues } = await rejectedIssues(db, 'wrong-prefix');
    expect(issues).toEqual([
      { file: file('wrong-prefix', 'organisations.yaml'), id: 'person:t-bad-wrong-prefix', field: 'id', reason: 'id must look like "org:lower-case-words"' },
      { file: file('wrong-prefix', 'organisations.yaml'), id: 'person:t-bad-wrong-prefix', field: 'id', reason: 'id prefix does not belong in organisations.yaml' },
    ]);
  });

  it('reports a YAML file whose name is not a seed kind', async () => {
    const { issues } = await rejectedIssues(db, 'unknown-file');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: file('unknown-file', 'project.yaml'), id: '-', field: '-' });
    expect(issues[0].reason).toMatch(/^unknown seed file; expected one of sources.yaml, .*projects.yaml/);
  });

  it('reports a seed directory that does not exist', async () => {
    const error = await loadSeeds(db, [SMALL_SEEDS, '/nonexistent/seeds']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).issues).toEqual([
      { file: '/nonexistent/seeds', id: '-', field: '-', reason: 'seed directory does not exist' },
    ]);
  });
});
