import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { parse, stringify } from 'yaml';
import { generateSyntheticSeeds } from '../../bench/generate-synthetic-seeds';
import { Database } from '../../src/neo4j/database';
import { repoPath } from '../../src/shared/repo-path';
import { exportGraph } from '../../src/seed/export-graph';
import { hashGraph } from '../../src/seed/graph-hash';
import { DEFAULT_SEED_DIR, loadSeeds } from '../../src/seed/load-seeds';
import { connectTestDb } from '../helpers/test-graph';
import { BAD_SEEDS, restoreSeededGraph, SMALL_SEEDS, wipeGraph } from '../helpers/seed-graph';

/**
 * The README's promises about the loader, each shown against the real Neo4j: an edited file leaves
 * exactly its new content, a killed load leaves the old graph, the shipped seeds survive
 * export -> wipe -> import, and the seed command reports, checks and loads as documented.
 * This file owns the whole graph while it runs and puts the shipped seeds back at the end.
 */
const CLI = repoPath('dist/src/seed/cli.js');
const runCli = (args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env }, encoding: 'utf8', timeout: 120000 });

/** Every property of one node, provenance included, as stored. */
const nodeProperties = (db: Database, id: string) =>
  db.read('MATCH (n {id: $id}) RETURN properties(n) AS props', { id }).then((rows) => rows[0]?.props as Record<string, unknown>);

describe('the loader keeps its promises (this file owns the whole graph)', () => {
  let driver: Driver;
  let db: Database;
  const temporary: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };

  beforeAll(() => {
    ({ db, driver } = connectTestDb());
    // The seed command runs compiled, as `npm run seed` runs it.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repoPath('.'), stdio: 'ignore' });
  }, 180000);

  afterAll(async () => {
    temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    await restoreSeededGraph(db);
    await driver.close();
  });

  it('an edited file leaves exactly its new content: one property changed and one removed', async () => {
    const dir = tempDir('seed-edit-');
    cpSync(SMALL_SEEDS, dir, { recursive: true });
    await wipeGraph(db);
    await loadSeeds(db, [dir]);
    const file = path.join(dir, 'projects.yaml');
    const projects = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    const edited = projects.find((p) => p.id === 'project:t-small-origin')!;
    expect(edited.startDate).toBeDefined();
    edited.name = 'Renamed in the file';
    delete edited.startDate;
    writeFileSync(file, stringify(projects));

    await loadSeeds(db, [dir]);
    const stored = await nodeProperties(db, 'project:t-small-origin');
    expect(stored.name).toBe('Renamed in the file');
    expect(stored).not.toHaveProperty('startDate');
    const { alternatives, sources, leads, partners, rounds, themes, origins, adoptedBy, ...fields } = edited as Record<string, any>;
    void [leads, partners, rounds, themes, origins, adoptedBy];
    // alternativesJson is compared parsed: the loader's key order is not part of the promise.
    const { alternativesJson, ...storedFields } = stored;
    expect(storedFields).toEqual({
      ...fields,
      sourceIds: sources.map((s: { source: string }) => s.source),
      sourceNotes: sources.map((s: { note: string }) => s.note),
    });
    expect(JSON.parse(alternativesJson as string)).toEqual(alternatives);
    const reloaded = await hashGraph(db);
    await wipeGraph(db);
    await loadSeeds(db, [dir]);
    expect(await hashGraph(db)).toBe(reloaded);
  });

  it('export -> wipe -> import reproduces the shipped seeds exactly, and one changed property changes the hash', async () => {
    await wipeGraph(db);
    await loadSeeds(db, [DEFAULT_SEED_DIR]);
    const original = await hashGraph(db);
    const dir = tempDir('seed-export-shipped-');
    await exportGraph(db, dir);
    await wipeGraph(db);
    await loadSeeds(db, [dir]);
    expect(await hashGraph(db)).toBe(original);

    await db.write("MATCH (p:Project {id: 'project:pause'}) SET p.grantGbp = p.grantGbp + 1");
    expect(await hashGraph(db)).not.toBe(original);
  });

  it('a load killed with SIGKILL part-way leaves the old graph (canonical hash unchanged)', async () => {
    await wipeGraph(db);
    await loadSeeds(db, [SMALL_SEEDS]);
    const before = await hashGraph(db);
    const shards = generateSyntheticSeeds(tempDir('seed-kill-'), 20);
    const child = spawn(process.execPath, [CLI, '--only', ...shards], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const killed = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Progress lines go to stderr when it is not a terminal, one per finished phase: the first
    // node label written means the transaction is open and has written rows.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no write phase seen; output so far:\n${log}`)), 120000);
      child.stderr.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (/^create \w+: /m.test(log)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    expect(await killed).toBe('SIGKILL');
    expect(log).not.toMatch(/^loaded /m);
    expect(await hashGraph(db)).toBe(before);
  }, 180000);

  describe('the seed command', () => {
    it('--check on the shipped seeds exits 0 and prints what a load would write', () => {
      const result = runCli(['--check']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/valid; a load would write/);
      expect(result.stdout).toMatch(/Project\s+\d+/);
    });

    it('a bad directory: exit code 1 and one printed line per issue', () => {
      const bad = BAD_SEEDS('unknown-reference');
      const result = runCli(['--check', bad]);
      expect(result.status).toBe(1);
      const [header, ...lines] = result.stderr.trim().split('\n');
      const count = Number(/^(\d+) invalid seed record\(s\); nothing was written\.$/.exec(header)?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(lines).toHaveLength(count);
      for (const line of lines) expect(line).toMatch(/^ {2}\S+ {2}\S+ {2}\S+: .+$/);
      expect(lines).toContain(`  ${path.join(bad, 'projects.yaml')}  project:t-bad-unknown-ref  leads[0].id: unknown id "council:E06000099"`);
    });

    it('--only loads the given directories alone, replacing the graph', async () => {
      await wipeGraph(db);
      await loadSeeds(db, [SMALL_SEEDS]);
      const expected = await hashGraph(db);
      await restoreSeededGraph(db);
      const result = runCli(['--only', SMALL_SEEDS]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^loaded /m);
      expect(await hashGraph(db)).toBe(expected);
    });
  });
});
