import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from './helpers/test-graph';

/**
 * This file's own world, ids `t-cproj` (round numbers 801/802 keep it apart from the real rounds):
 * Xham leads Alpha (round 801), partners in Beta (round 802, as "delivery partner"), leads Gamma
 * (round 801) and adopted Gamma in round 802 (2018); Yford adopted Alpha (no round, no year) and
 * Gamma scales Alpha; Zbury takes part in nothing.
 */
const FIXTURE = `
  CREATE (doc:Source {id: 'source:t-cproj-doc', title: 'Council projects test document', publisher: 'Test', kind: 'report', sourceIds: [], sourceNotes: []})
  CREATE (r1:FundingRound {id: 'round:t-cproj-1', name: 'Cproj round one', number: 801, summary: 'First.', sourceIds: [], sourceNotes: []})
  CREATE (r2:FundingRound {id: 'round:t-cproj-2', name: 'Cproj round two', number: 802, summary: 'Second.', sourceIds: [], sourceNotes: []})
  CREATE (x:Council {id: 'council:t-cproj-x', name: 'Cproj Xham', gssCode: 'TCX', type: 'county', sourceIds: [], sourceNotes: []})
  CREATE (y:Council {id: 'council:t-cproj-y', name: 'Cproj Yford', gssCode: 'TCY', type: 'unitary', sourceIds: [], sourceNotes: []})
  CREATE (z:Council {id: 'council:t-cproj-z', name: 'Cproj Zbury', gssCode: 'TCZ', type: 'unitary', sourceIds: [], sourceNotes: []})
  CREATE (alpha:Project {id: 'project:t-cproj-alpha', name: 'Cproj Alpha', summary: 'A.', status: 'completed', sourceIds: [], sourceNotes: []})
  CREATE (beta:Project {id: 'project:t-cproj-beta', name: 'Cproj Beta', summary: 'B.', status: 'active', sourceIds: [], sourceNotes: []})
  CREATE (gamma:Project {id: 'project:t-cproj-gamma', name: 'Cproj Gamma', summary: 'C.', status: 'active', sourceIds: [], sourceNotes: []})
  CREATE (alpha)-[:FUNDED_IN {sourceIds: [], sourceNotes: []}]->(r1)
  CREATE (beta)-[:FUNDED_IN {sourceIds: [], sourceNotes: []}]->(r2)
  CREATE (gamma)-[:FUNDED_IN {sourceIds: [], sourceNotes: []}]->(r1)
  CREATE (gamma)-[:SCALES {mode: 'scale', year: 2017, sourceIds: [], sourceNotes: []}]->(alpha)
  CREATE (x)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 1']}]->(alpha)
  CREATE (x)-[:PARTNERS_IN {role: 'delivery partner', sourceIds: [doc.id], sourceNotes: ['p. 2']}]->(beta)
  CREATE (x)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 3']}]->(gamma)
  CREATE (x)-[:ADOPTS {year: 2018, round: 'round:t-cproj-2', sourceIds: [doc.id], sourceNotes: ['p. 4']}]->(gamma)
  CREATE (y)-[:ADOPTS {sourceIds: [doc.id], sourceNotes: ['p. 5']}]->(alpha)`;
const CLEANUP = `MATCH (n) WHERE n.id CONTAINS ':t-cproj-' DETACH DELETE n`;
const COUNCILS = '["council:t-cproj-x", "council:t-cproj-y", "council:t-cproj-z"]';

type Involvement = { role: string; project: { id: string }; rounds: { number: number }[] };
/** Involvements reduced to "role project rounds" strings. */
const shape = (list: Involvement[]) =>
  list.map((i) => `${i.role} ${i.project.id.replace('project:t-cproj-', '')} [${i.rounds.map((r) => r.number).join(',')}]`);

describe('Council.projects: every project of a council by role and round', () => {
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;
  const run = (query: string) => execute(server, db, query);

  async function countStatements(query: string): Promise<number> {
    let count = 0;
    const stop = db.onStatement(() => count++);
    try {
      const result = await run(query);
      expect(result.errors).toBeUndefined();
    } finally {
      stop();
    }
    return count;
  }

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    server = await createTestServer();
    await db.write(CLEANUP);
    await db.write(FIXTURE);
  });

  afterAll(async () => {
    await db.write(CLEANUP);
    await server.stop();
    await driver.close();
  });

  it('lists every involvement of a council by project name, then LEADS, PARTNERS_IN, ADOPTS, with rounds, facts and sources', async () => {
    const result = await run(`{ council(id: "council:t-cproj-x") { projects {
      role project { id } rounds { number } partnerRole adoptionYear sources { note source { id } }
    } } }`);
    expect(result.errors).toBeUndefined();
    const projects = result.data?.council.projects;
    expect(shape(projects)).toEqual(['LEADS alpha [801]', 'PARTNERS_IN beta [802]', 'LEADS gamma [801]', 'ADOPTS gamma [801,802]']);
    expect(projects[1]).toMatchObject({ partnerRole: 'delivery partner', adoptionYear: null, sources: [{ note: 'p. 2', source: { id: 'source:t-cproj-doc' } }] });
    expect(projects[3]).toMatchObject({ partnerRole: null, adoptionYear: 2018, sources: [{ note: 'p. 4' }] });
    expect(projects[0]).toMatchObject({ partnerRole: null, adoptionYear: null });
  });

  it('filters by role and by round (a round that funded the project, or the one an adoption names)', async () => {
    const result = await run(`{ council(id: "council:t-cproj-x") {
      adopted: projects(roles: [ADOPTS]) { role project { id } rounds { number } }
      inRoundTwo: projects(round: 802) { role project { id } rounds { number } }
      ledInRoundOne: projects(roles: [LEADS], round: 801) { role project { id } rounds { number } }
      firstOne: projects(first: 1) { role project { id } rounds { number } }
    } }`);
    expect(result.errors).toBeUndefined();
    const council = result.data?.council;
    expect(shape(council.adopted)).toEqual(['ADOPTS gamma [801,802]']);
    expect(shape(council.inRoundTwo)).toEqual(['PARTNERS_IN beta [802]', 'ADOPTS gamma [801,802]']);
    expect(shape(council.ledInRoundOne)).toEqual(['LEADS alpha [801]', 'LEADS gamma [801]']);
    expect(shape(council.firstOne)).toEqual(['LEADS alpha [801]']);
  });

  it('does not put an adoption whose round is not stated in its project\'s round, unless asked to', async () => {
    const result = await run(`{
      yford: council(id: "council:t-cproj-y") {
        all: projects { role project { id } rounds { number } roundStated }
        inRoundOne: projects(round: 801) { role project { id } rounds { number } }
        inRoundOneWithUnstated: projects(round: 801, includeUnstatedRounds: true) { role project { id } rounds { number } roundStated }
      }
      xham: council(id: "council:t-cproj-x") { projects(roles: [ADOPTS, LEADS], round: 802) { role project { id } rounds { number } roundStated } }
    }`);
    expect(result.errors).toBeUndefined();
    const { yford, xham } = result.data ?? {};
    expect(yford.all).toEqual([{ role: 'ADOPTS', project: { id: 'project:t-cproj-alpha' }, rounds: [{ number: 801 }], roundStated: false }]);
    expect(shape(yford.inRoundOne)).toEqual([]);
    expect(yford.inRoundOneWithUnstated).toEqual(yford.all);
    expect(xham.projects).toEqual([{ role: 'ADOPTS', project: { id: 'project:t-cproj-gamma' }, rounds: [{ number: 801 }, { number: 802 }], roundStated: true }]);
  });

  it('gives an empty list to a council that takes part in nothing, and each council its own list', async () => {
    const result = await run(`{ councils(where: { id: { in: ${COUNCILS} } }) { edges { node { id projects { role project { id } rounds { number } } } } } }`);
    expect(result.errors).toBeUndefined();
    const byId = Object.fromEntries(result.data?.councils.edges.map((e: { node: { id: string; projects: Involvement[] } }) => [e.node.id, shape(e.node.projects)]));
    expect(byId).toEqual({
      'council:t-cproj-x': ['LEADS alpha [801]', 'PARTNERS_IN beta [802]', 'LEADS gamma [801]', 'ADOPTS gamma [801,802]'],
      'council:t-cproj-y': ['ADOPTS alpha [801]'],
      'council:t-cproj-z': [],
    });
  });

  it('runs one statement per nesting level for one or three councils, also down to the projects\' lineage', async () => {
    const query = (where: string) => `{ councils(where: ${where}) { edges { node {
      projects(roles: [ADOPTS, LEADS]) { role project { id lineage(direction: ANCESTORS) { depth steps { project { id } } } } }
      again: projects(roles: [LEADS, ADOPTS]) { role }
    } } } }`;
    // councils, projects (both aliases: the same role set), the lineages of all their projects
    expect(await countStatements(query('{ id: { eq: "council:t-cproj-x" } }'))).toBe(3);
    expect(await countStatements(query(`{ id: { in: ${COUNCILS} } }`))).toBe(3);
    const result = await run(`{ council(id: "council:t-cproj-y") { projects { project { lineage(direction: DESCENDANTS) { depth steps { project { id } } } } } } }`);
    expect(result.data?.council.projects[0].project.lineage).toEqual([
      { depth: 0, steps: [{ project: { id: 'project:t-cproj-alpha' } }] },
      { depth: 1, steps: [{ project: { id: 'project:t-cproj-gamma' } }] },
    ]);
  });

  it('refuses an empty role list and a page size outside 1..100 with BAD_USER_INPUT', async () => {
    for (const args of ['roles: []', 'first: 0', 'first: 101']) {
      const result = await run(`{ council(id: "council:t-cproj-x") { projects(${args}) { role } } }`);
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
