import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { compare, isoDate, SeedData, sorted } from './helpers/seed-data';
import {
  expectedCouncilProjects,
  expectedCouncilsWithoutProjects,
  expectedFindingsByRound,
  expectedLineage,
  expectedNeighbourhood,
  expectedScaledAdoptions,
  expectedScaledCouncilsByFilter,
  expectedSearchHits,
  expectedShortestPaths,
  expectedStats,
  expectedTimeline,
  orderBuckets,
} from './helpers/seed-expectations';
import { connectTestDb, createTestServer, execute } from './helpers/test-graph';

/**
 * Issue 4, "a test runs every example against the seeded graph and checks the answer against the
 * seed data": every operation in schema/examples runs as is against the test Neo4j, which
 * global-setup loaded from seeds/ (run without TEST_SEED_DIR). Each answer is compared with one
 * worked out from the YAML files by test/helpers/seed-expectations.ts.
 */
const EXAMPLES_DIR = path.join(__dirname, '..', 'schema', 'examples');
const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.graphql')).sort();

type Data = Record<string, any>;
type Check = (data: Data, seed: SeedData) => void;

/** A lineage answer reduced to the shape expectedLineage returns (steps in the same order). */
function lineageShape(generations: Data[], { adopterRound = true, sourceNotes = true } = {}) {
  return generations.map((g) => ({
    depth: g.depth,
    steps: g.steps
      .map((s: Data) => ({
        project: s.project.id,
        parent: s.parent?.id ?? null,
        mode: s.mode,
        year: s.year,
        adopters: sorted(s.adoptingCouncils.map((a: Data) => `${a.council.id} ${a.year ?? '-'} ${adopterRound ? (a.round?.id ?? '-') : ''}`.trim())),
        ...(s.findings ? { findings: s.findings.map((f: Data) => f.id) } : {}),
        ...(sourceNotes ? { sourceNotes: sorted(s.sources.map((c: Data) => c.note)) } : {}),
      }))
      .sort((a: Data, b: Data) => compare(`${a.project} ${a.parent}`, `${b.project} ${b.parent}`)),
  }));
}

/** expectedLineage reduced like lineageShape. */
function expectedLineageShape(seed: SeedData, root: string, direction: 'ANCESTORS' | 'DESCENDANTS' | 'BOTH', { adopterRound = true, findings = true, sourceNotes = true } = {}) {
  return expectedLineage(seed, root, direction, 5).map((g) => ({
    depth: g.depth,
    steps: g.steps.map(({ adopters, findings: ids, sourceNotes: notes, ...step }) => ({
      ...step,
      adopters: adopterRound ? adopters : sorted(adopters.map((a) => a.split(' ').slice(0, 2).join(' '))),
      ...(findings ? { findings: ids } : {}),
      ...(sourceNotes ? { sourceNotes: notes } : {}),
    })),
  }));
}

const ids = (nodes: Data[]) => nodes.map((n) => n.id);

/** The check of each example, by file name. */
const CHECKS: Record<string, Check> = {
  'scaled-adoptions-round-1-to-2.graphql': (data, seed) => {
    const expected = expectedScaledAdoptions(seed, 1, 2);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.scaledAdoptions.map((row: Data) => ({
      council: row.council.id,
      origin: row.originProject.id,
      derived: row.derivedProject.id,
      mode: row.mode,
      year: row.year,
      involvement: row.involvement.map((i: Data) => i.relationship),
      sourceNotes: sorted(row.sources.map((c: Data) => c.note)),
    }))).toEqual(expected);
    // without includeUnstatedRounds every row and involvement states its round
    expect(data.scaledAdoptions.every((row: Data) => row.roundStated && row.involvement.every((i: Data) => i.roundStated))).toBe(true);
  },

  'councils-scaled-round-1-in-round-2-filter.graphql': (data, seed) => {
    const expected = expectedScaledCouncilsByFilter(seed, 1, 2);
    expect(expected.size).toBeGreaterThan(0);
    expect(data.councils.totalCount).toBe(expected.size);
    const describe = (projects: Data[]) => sorted(projects.map((p) => `${p.id} <- ${sorted(ids(p.originProjects)).join(', ')}`));
    const answer = new Map(data.councils.edges.map(({ node }: Data) => [node.id, { projectsLed: describe(node.projectsLed), adopted: describe(node.adopted) }]));
    expect(answer).toEqual(expected);
    // every council the dedicated field names for these rounds through a project funded in round 2 is here too
    const scaled = expectedScaledAdoptions(seed, 1, 2).filter((row) => seed.fundedIn(seed.get(row.derived), 2));
    for (const row of scaled) expect(answer.has(row.council)).toBe(true);
  },

  'lineage-no-wrong-door.graphql': (data, seed) => {
    const expected = expectedLineageShape(seed, 'project:no-wrong-door', 'DESCENDANTS');
    expect(expected.length).toBeGreaterThan(2);
    expect(lineageShape(data.lineage)).toEqual(expected);
  },

  'lineage-family-safeguarding.graphql': (data, seed) => {
    const expected = expectedLineageShape(seed, 'project:family-safeguarding-hertfordshire', 'BOTH');
    expect(expected.length).toBeGreaterThan(1);
    expect(lineageShape(data.lineage)).toEqual(expected);
  },

  'round-one-projects-with-descendants.graphql': (data, seed) => {
    const derivedFrom = new Set(seed.projects.flatMap((p) => (p.origins ?? []).map((e: Data) => e.project)));
    const expected = sorted(seed.projects.filter((p) => seed.fundedIn(p, 1) && derivedFrom.has(p.id)).map((p) => p.id));
    expect(data.projects.totalCount).toBe(expected.length);
    expect(sorted(data.projects.edges.map((e: Data) => e.node.id))).toEqual(expected);
    for (const { node } of data.projects.edges) {
      expect(lineageShape(node.lineage, { adopterRound: false, sourceNotes: false }))
        .toEqual(expectedLineageShape(seed, node.id, 'DESCENDANTS', { adopterRound: false, findings: false, sourceNotes: false }));
      for (const step of node.lineage.flatMap((g: Data) => g.steps)) {
        expect(sorted(step.project.rounds.map((r: Data) => r.name))).toEqual(sorted(seed.roundsOf(seed.get(step.project.id)).map((id) => seed.get(id).name)));
      }
    }
  },

  'findings-by-round.graphql': (data, seed) => {
    const expected = expectedFindingsByRound(seed, { round: 1, direction: 'positive', themeId: 'theme:children-in-care' });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(data.findingsByRound)).toEqual(ids(expected));
    for (const finding of data.findingsByRound) {
      const record = seed.get(finding.id);
      expect(finding).toMatchObject({ statement: record.statement, direction: 'positive', outcomeArea: record.outcomeArea });
      expect(ids(finding.themes)).toContain('theme:children-in-care');
      expect(finding.evaluation.id).toBe(record.evaluation.evaluation);
      expect(sorted(ids(finding.evaluation.projects))).toEqual(sorted(seed.get(record.evaluation.evaluation).evaluates.map((e: Data) => e.project)));
    }
  },

  'findings-by-outcome-area.graphql': (data, seed) => {
    const expected = expectedFindingsByRound(seed, { round: 1, outcomeArea: 'cost' });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.findingsByRound.map((f: Data) => [f.id, f.direction, f.outcomeArea])).toEqual(expected.map((f) => [f.id, f.direction, 'cost']));
  },

  'projects-by-theme-and-round.graphql': (data, seed) => {
    const expected = seed.projects.filter((p) => seed.fundedIn(p, 2) && (p.themes ?? []).some((t: Data) => t.theme === 'theme:adolescents'));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.projects.totalCount).toBe(expected.length);
    expect(sorted(data.projects.edges.map((e: Data) => e.node.id))).toEqual(sorted(expected.map((p) => p.id)));
    for (const { node } of data.projects.edges) {
      const record = seed.get(node.id);
      expect(node.grantGbp).toBe(record.grantGbp ?? null);
      expect(sorted(ids(node.themes))).toEqual(sorted(record.themes.map((t: Data) => t.theme)));
      expect(sorted(ids(node.leadCouncils))).toEqual(sorted((record.leads ?? []).map((l: Data) => l.id).filter((id: string) => id.startsWith('council:'))));
      expect(node.rounds.map((r: Data) => r.number)).toContain(2);
    }
  },

  'people-announcing-rounds.graphql': (data, seed) => {
    const announcers = seed.people.filter((p) => (p.announced ?? []).some((a: Data) => a.target.startsWith('round:')));
    expect(announcers.length).toBeGreaterThan(0);
    expect(data.people.totalCount).toBe(announcers.length);
    expect(sorted(data.people.edges.map((e: Data) => e.node.id))).toEqual(sorted(announcers.map((p) => p.id)));
    for (const { node } of data.people.edges) {
      const record = seed.get(node.id);
      expect(sorted(node.announcedRoundsConnection.edges.map((e: Data) => `${e.node.id} ${e.date} ${e.amountGbp}`))).toEqual(sorted(
        record.announced.filter((a: Data) => a.target.startsWith('round:')).map((a: Data) => `${a.target} ${isoDate(a.date)} ${a.amountGbp ?? null}`)));
      expect(sorted(new Set(node.roles.map((r: Data) => `${r.title} @ ${r.organisation.id}`)))).toEqual(sorted(new Set(
        (record.roles ?? []).filter((r: Data) => r.organisation.startsWith('org:')).map((r: Data) => `${r.title} @ ${r.organisation}`))));
    }
  },

  'councils-by-region-with-projects.graphql': (data, seed) => {
    const councils = seed.councils.filter((c) => c.region?.region === 'region:E12000006');
    expect(councils.length).toBeGreaterThan(0);
    expect(data.councils.totalCount).toBe(councils.length);
    expect(sorted(data.councils.edges.map((e: Data) => e.node.id))).toEqual(sorted(councils.map((c) => c.id)));
    for (const { node } of data.councils.edges) {
      expect(node.region.id).toBe('region:E12000006');
      expect(node.type).toBe(seed.get(node.id).type);
      expect(sorted(node.projects.map((i: Data) => `${i.role} ${i.project.id} [${sorted(i.rounds.map((r: Data) => r.name)).join('; ')}]`)))
        .toEqual(expectedCouncilProjects(seed, node.id));
    }
  },

  'councils-without-projects.graphql': (data, seed) => {
    const expected = expectedCouncilsWithoutProjects(seed);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.councils.totalCount).toBe(expected.length);
    expect(sorted(data.councils.edges.map((e: Data) => e.node.id))).toEqual(expected.slice(0, 100));
  },

  'timeline.graphql': (data, seed) => {
    const expected = expectedTimeline(seed, '2013', '2020', 200);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.timeline.map((e: Data) => `${e.date} ${e.kind} ${e.subjectId}`)).toEqual(expected);
    for (const event of data.timeline.filter((e: Data) => e.kind === 'ANNOUNCEMENT')) {
      expect(seed.get(event.person.id).announced.map((a: Data) => a.target)).toContain(event.subjectId);
    }
  },

  'neighbourhood-council.graphql': (data, seed) => {
    const expected = expectedNeighbourhood(seed, 'council:E10000015', 2);
    expect(expected.nodes.length).toBeLessThanOrEqual(200);
    expect(data.neighbourhood.truncated).toBe(false);
    expect(sorted(ids(data.neighbourhood.nodes))).toEqual(expected.nodes);
    expect(sorted(ids(data.neighbourhood.edges))).toEqual(expected.edges);
  },

  'paths-person-to-council.graphql': (data, seed) => {
    const expected = expectedShortestPaths(seed, 'person:edward-timpson', 'council:E10000015', 4);
    expect(expected.length).not.toBeNull();
    expect(expected.count).toBeLessThanOrEqual(25);
    expect(data.paths.truncated).toBe(false);
    expect(sorted(ids(data.paths.nodes))).toEqual(expected.nodes);
    expect(sorted(ids(data.paths.edges))).toEqual(expected.edges);
  },

  'stats.graphql': (data, seed) => {
    const expected = expectedStats(seed);
    const project = (buckets: Data[]) => buckets.map(({ key, label, count, grantGbpSum }) => ({ key, label, count, ...(grantGbpSum !== undefined ? { grantGbpSum } : {}) }));
    const withoutSum = (buckets: Data[]) => buckets.map(({ grantGbpSum: _sum, ...rest }) => rest);
    expect(project(data.stats.projectsByRound)).toEqual(orderBuckets(expected.projectsByRound, 'KEY_ASC'));
    expect(project(data.stats.projectsByTheme)).toEqual(orderBuckets(expected.projectsByTheme, 'COUNT_DESC').slice(0, 10));
    expect(project(data.stats.projectsByRegion)).toEqual(orderBuckets(expected.projectsByRegion, 'SUM_DESC'));
    expect(project(data.stats.councilsByType)).toEqual(orderBuckets(expected.councilsByType, 'COUNT_DESC'));
    expect(project(data.stats.councilsByRegion)).toEqual(orderBuckets(expected.councilsByRegion, 'LABEL_ASC'));
    expect(withoutSum(data.stats.findingsByDirection)).toEqual(orderBuckets(expected.findingsByDirection, 'COUNT_DESC'));
    expect(withoutSum(data.stats.findingsByOutcomeArea)).toEqual(orderBuckets(expected.findingsByOutcomeArea, 'COUNT_DESC'));
    expect(data.stats.councilsByType.reduce((sum: number, b: Data) => sum + b.count, 0)).toBe(seed.councils.length);
    expect(data.stats.findingsByDirection.reduce((sum: number, b: Data) => sum + b.count, 0)).toBe(seed.findings.length);
  },

  'search-adolescents.graphql': (data, seed) => {
    const expected = expectedSearchHits(seed, 'adolescents');
    expect(expected.length).toBeGreaterThan(0);
    const found = data.search.map((hit: Data) => hit.entity.id);
    if (expected.length <= 20) expect(sorted(found)).toEqual(expected);
    else {
      expect(found).toHaveLength(20);
      for (const id of found) expect(expected).toContain(id);
    }
    // ranked by how they match (every hit holds the word, so EXACT or PHRASE), then name before elsewhere
    const ranks = data.search.map((hit: Data) => ['EXACT', 'PHRASE', 'ALL_WORDS', 'ANY_WORD'].indexOf(hit.match));
    expect(ranks.every((rank: number) => rank === 0 || rank === 1)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  },
};

describe('every example in schema/examples against the seeded graph, checked against seeds/*.yaml', () => {
  const seed = new SeedData();
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    server = await createTestServer();
    const [{ projects }] = await db.read('MATCH (p:Project) WHERE p.id IN $ids RETURN count(p) AS projects', { ids: seed.projects.map((p) => p.id) });
    if (projects !== seed.projects.length) {
      throw new Error(`the test Neo4j holds ${projects} of the ${seed.projects.length} seeded projects: run without TEST_SEED_DIR`);
    }
  });

  afterAll(async () => {
    await server.stop();
    await driver.close();
  });

  it('has a check for every example, and every example for a check', () => {
    expect(sorted(Object.keys(CHECKS))).toEqual(EXAMPLES);
  });

  it('uses only ids that exist in the seed files', () => {
    for (const file of EXAMPLES) {
      const text = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      for (const [id] of text.matchAll(/"((?:project|council|region|theme|person|round|org|programme|evaluation|finding|source):[^"]+)"/g)) {
        expect([file, seed.byId.has(id.slice(1, -1))]).toEqual([file, true]);
      }
    }
  });

  it.each(EXAMPLES)('%s answers as the seed data says', async (file) => {
    const result = await execute(server, db, readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
    expect(result.errors).toBeUndefined();
    CHECKS[file]?.(result.data as Data, seed);
  });
});
