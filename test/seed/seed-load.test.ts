import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Database } from '../../src/neo4j/database';
import { exportGraph } from '../../src/seed/export-graph';
import { hashGraph } from '../../src/seed/graph-hash';
import { DEFAULT_SEED_DIR, loadSeeds } from '../../src/seed/load-seeds';
import { planGraph } from '../../src/seed/plan-graph';
import { readSeedDirectories } from '../../src/seed/read-seeds';
import { writeGraph, writeGraphIn } from '../../src/seed/write-graph';
import { connectTestDb } from '../helpers/test-graph';
import {
  countGraph,
  countSeedFiles,
  EXTRA_SEEDS,
  restoreSeededGraph,
  SMALL_SEEDS,
  wipeGraph,
} from '../helpers/seed-graph';

/** What test/fixtures/seeds-small holds, counted by hand from the files. */
const SMALL_COUNTS = {
  nodes: {
    Source: 3, Programme: 2, FundingRound: 2, Region: 2, Council: 3, Organisation: 3,
    Person: 2, Theme: 2, Project: 3, Evaluation: 2, Finding: 3,
  },
  relationships: {
    FOLLOWS_ON: 1, PART_OF: 2, IN_REGION: 3, LEADS: 2, PARTNERS_IN: 2, FUNDED_IN: 2, HAS_THEME: 4,
    SCALES: 1, SPREADS: 1, ADOPTS: 2, HELD_ROLE: 4, ANNOUNCED: 2, EVALUATES: 2, EVALUATED_BY: 2, REPORTS: 3,
  },
};

/** Nodes other than sources whose provenance is missing or whose lists differ in length. */
const UNSOURCED_NODES = `
  MATCH (n) WHERE NOT n:Source
    AND (n.sourceIds IS NULL OR size(n.sourceIds) = 0 OR size(n.sourceIds) <> size(n.sourceNotes))
  RETURN n.id AS id`;
/** Relationships whose provenance is missing or whose lists differ in length. */
const UNSOURCED_RELATIONSHIPS = `
  MATCH (a)-[r]->(b)
  WHERE r.sourceIds IS NULL OR size(r.sourceIds) = 0 OR size(r.sourceIds) <> size(r.sourceNotes)
  RETURN a.id + ' ' + type(r) + ' ' + b.id AS id`;

describe('seed loader against a real Neo4j (this file owns the whole graph while it runs)', () => {
  let driver: Driver;
  let db: Database;
  const temporary: string[] = [];

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    await wipeGraph(db);
  });

  afterAll(async () => {
    temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
    await restoreSeededGraph(db);
    await driver.close();
  });

  it('loads the fixture: nodes per label and relationships per type equal the counts in the files', async () => {
    const summary = await loadSeeds(db, [SMALL_SEEDS]);
    const counts = await countGraph(db);
    expect(countSeedFiles([SMALL_SEEDS])).toEqual(SMALL_COUNTS);
    expect(counts).toEqual(SMALL_COUNTS);
    expect({ nodes: summary.nodes, relationships: summary.relationships }).toEqual(SMALL_COUNTS);
  });

  it('stores properties and provenance as seeds/FORMAT.md describes', async () => {
    const [project] = await db.read(
      `MATCH (p:Project {id: 'project:t-small-origin'})
       RETURN p.grantGbp AS grant, p.startDate AS start, p.sourceIds AS ids, p.sourceNotes AS notes,
              p.alternativesJson AS alternatives`,
    );
    expect(project).toEqual({
      grant: 4800000,
      start: '2015-01',
      ids: ['source:t-small-report'],
      notes: ['table 3'],
      alternatives: expect.any(String),
    });
    expect(JSON.parse(project.alternatives as string)).toEqual([
      { field: 'grantGbp', value: 4860000, sources: [{ source: 'source:t-small-news', note: 'grant figure' }] },
    ]);
    const roles = await db.read(
      `MATCH (:Person {id: 'person:t-small-evaluator'})-[r:HELD_ROLE]->(o)
       RETURN o.id AS at, r.title AS title, r.from AS from ORDER BY title`,
    );
    expect(roles).toEqual([
      { at: 'council:E08000001', title: 'Adviser', from: null },
      { at: 'org:t-small-uni', title: 'Lead evaluator', from: '2016' },
      { at: 'org:t-small-uni', title: 'Professor', from: null },
    ]);
    const [person] = await db.read(
      "MATCH (p:Person {id: 'person:t-small-evaluator'}) RETURN p.otherRolesJson AS other",
    );
    expect(JSON.parse(person.other as string)).toEqual([
      { title: 'Independent reviewer', sources: [{ source: 'source:t-small-news', note: 'para. 5' }] },
    ]);
    const lineage = await db.read(
      `MATCH (d:Project)-[r:SCALES|SPREADS]->(o:Project {id: 'project:t-small-origin'})
       RETURN d.id AS derived, type(r) AS type, r.mode AS mode, r.year AS year ORDER BY derived`,
    );
    expect(lineage).toEqual([
      { derived: 'project:t-small-scaled', type: 'SCALES', mode: 'scale', year: 2017 },
      { derived: 'project:t-small-spread', type: 'SPREADS', mode: 'spread', year: null },
    ]);
  });

  it('is idempotent: a second load leaves the same counts and the same canonical hash', async () => {
    const before = await hashGraph(db);
    await loadSeeds(db, [SMALL_SEEDS]);
    expect(await countGraph(db)).toEqual(SMALL_COUNTS);
    expect(await hashGraph(db)).toBe(before);
  });

  it('loads an additional seed directory on top of the base one', async () => {
    await loadSeeds(db, [SMALL_SEEDS, EXTRA_SEEDS]);
    const counts = await countGraph(db);
    expect(counts).toEqual(countSeedFiles([SMALL_SEEDS, EXTRA_SEEDS]));
    expect(counts.nodes).toEqual({ ...SMALL_COUNTS.nodes, Source: 4, Organisation: 4, Project: 4 });
    expect(counts.relationships).toEqual({
      ...SMALL_COUNTS.relationships, LEADS: 3, PARTNERS_IN: 3, HAS_THEME: 5, SPREADS: 2,
    });
    const [lead] = await db.read(
      "MATCH (c:Council)-[:LEADS]->(:Project {id: 'project:t-extra-local'}) RETURN c.name AS name",
    );
    expect(lead).toEqual({ name: 'Bolton' });
  });

  it('replaces rather than accumulates: loading the base alone again drops what only the extra directory held', async () => {
    await wipeGraph(db);
    await loadSeeds(db, [SMALL_SEEDS]);
    const baseOnly = await hashGraph(db);
    await loadSeeds(db, [SMALL_SEEDS, EXTRA_SEEDS]);
    expect(await hashGraph(db)).not.toBe(baseOnly);
    await loadSeeds(db, [SMALL_SEEDS]);
    expect(await hashGraph(db)).toBe(baseOnly);
    expect(await countGraph(db)).toEqual(SMALL_COUNTS);
  });

  it('export -> wipe -> import reproduces the graph exactly (canonical hash)', async () => {
    await loadSeeds(db, [SMALL_SEEDS, EXTRA_SEEDS]);
    const original = await hashGraph(db);
    const directory = mkdtempSync(path.join(os.tmpdir(), 'seed-export-'));
    temporary.push(directory);
    const exported = await exportGraph(db, directory);
    expect(exported).toEqual({
      'sources.yaml': 4, 'programmes.yaml': 2, 'funding-rounds.yaml': 2, 'regions.yaml': 2,
      'councils.yaml': 3, 'organisations.yaml': 4, 'themes.yaml': 2, 'projects.yaml': 4,
      'people.yaml': 2, 'evaluations.yaml': 2, 'findings.yaml': 3,
    });
    await wipeGraph(db);
    expect(await countGraph(db)).toEqual({ nodes: {}, relationships: {} });
    await loadSeeds(db, [directory]);
    expect(await hashGraph(db)).toBe(original);
  });

  it('gives every node but sources, and every relationship, at least one source', async () => {
    await loadSeeds(db, [SMALL_SEEDS, EXTRA_SEEDS]);
    expect(await db.read(UNSOURCED_NODES)).toEqual([]);
    expect(await db.read(UNSOURCED_RELATIONSHIPS)).toEqual([]);
    // The query can fail: a relationship stripped of its sources is reported.
    await db.write("MATCH (:Project {id: 'project:t-small-spread'})-[r:SPREADS]->() SET r.sourceIds = []");
    expect(await db.read(UNSOURCED_RELATIONSHIPS)).toEqual([
      { id: 'project:t-small-spread SPREADS project:t-small-origin' },
    ]);
  });

  describe('a failure inside the transaction leaves the old graph', () => {
    let oldHash: string;
    const newPlan = () => planGraph(readSeedDirectories([SMALL_SEEDS, EXTRA_SEEDS]).records);

    beforeEach(async () => {
      await loadSeeds(db, [SMALL_SEEDS]);
      oldHash = await hashGraph(db);
    });

    it('when the last statement of the load fails', async () => {
      const plan = newPlan();
      const last = plan.relationships[plan.relationships.length - 1];
      const lastStatement = `CREATE (a)-[r:${last.type}]->(b)`;
      let failed = 0;
      const load = db.writeTransaction((run) =>
        writeGraphIn(async (cypher, params) => {
          if (cypher.includes(lastStatement) && cypher.includes(`(a:${last.fromLabel}`)) {
            failed += 1;
            throw new Error('injected failure in the last batch');
          }
          return run(cypher, params);
        }, plan),
      );
      await expect(load).rejects.toThrow('injected failure in the last batch');
      expect(failed).toBe(1);
      expect(await hashGraph(db)).toBe(oldHash);
      expect(await db.read("MATCH (p:Project {id: 'project:t-extra-local'}) RETURN p.id AS id")).toEqual([]);
    });

    it('when the last relationship group names a node that does not exist', async () => {
      const plan = newPlan();
      plan.relationships[plan.relationships.length - 1].rows.push({
        from: 'finding:t-missing', to: 'theme:t-small-adolescents', props: { sourceIds: ['source:t-small-eval'], sourceNotes: ['x'] },
      });
      await expect(writeGraph(db, plan)).rejects.toThrow(/created \d+ of \d+ relationships; endpoints missing/);
      expect(await hashGraph(db)).toBe(oldHash);
    });

    it('when a node violates a uniqueness constraint', async () => {
      const plan = newPlan();
      plan.nodes.get('Council')!.push({
        id: 'council:E06000002',
        props: { id: 'council:E06000002', name: 'Clash', gssCode: 'E06000001', sourceIds: ['source:t-small-report'], sourceNotes: ['x'] },
      });
      await expect(writeGraph(db, plan)).rejects.toMatchObject({ extensions: { code: 'CONSTRAINT_VIOLATION' } });
      expect(await hashGraph(db)).toBe(oldHash);
    });
  });

  describe('the graph global-setup seeded (TEST_SEED_DIR, else seeds/)', () => {
    const seeded = process.env.TEST_SEED_DIR ?? DEFAULT_SEED_DIR;

    beforeAll(async () => {
      await restoreSeededGraph(db);
    });

    it('holds what its seed files hold, counted by label and type', async () => {
      expect(await countGraph(db)).toEqual(countSeedFiles([seeded]));
    });

    it('gives every node but sources, and every relationship, at least one source', async () => {
      expect(await db.read(UNSOURCED_NODES)).toEqual([]);
      expect(await db.read(UNSOURCED_RELATIONSHIPS)).toEqual([]);
    });
  });
});
