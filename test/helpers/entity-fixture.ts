import { ApolloServer } from '@apollo/server';
import { Context } from '../../src/context';
import { Database } from '../../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from './test-graph';

/**
 * A small graph for the entity API tests, every id and name marked with `tag` so that a test file
 * creates, queries and deletes only its own data:
 * - 30 projects "<tag> Project 01".."30": grant 1000 * i (none for every fifth), start 2014 (1-10),
 *   2016-03 (11-20) or none (21-30); status completed for odd i, active for even;
 * - councils c1, c2 (region "<tag> London"), c3 (region "<tag> North"), c4 (no region, no project);
 *   project i is led by council c((i - 1) % 3 + 1);
 * - themes a (every project) and b (even projects); rounds 1 (projects 1-15) and 2 (16-30) with
 *   amountGbp 500 * i on FUNDED_IN;
 * - one evaluation and one finding per project (finding positive for odd i, negative for even),
 *   the finding with theme a;
 * - project 20 scales project 01 (2017); council c3 adopts project 20 (2017, in round 2), so c3
 *   runs, in round 2, a scaled round 1 project;
 * - person "<tag> Minister" held a role at org "<tag> DfE" and announced round 1;
 * - project 01 has an alternative grant figure.
 * Every node and relationship cites source "<tag>-doc" with a note naming the fact.
 */
export async function createEntityFixture(db: Database, tag: string): Promise<void> {
  const projects = Array.from({ length: 30 }, (_, k) => {
    const i = k + 1;
    const n = String(i).padStart(2, '0');
    return {
      i, s: String(i), id: `project:${tag}-${n}`, name: `${tag} Project ${n}`,
      grantGbp: i % 5 === 0 ? null : 1000 * i,
      startDate: i <= 10 ? '2014' : i <= 20 ? '2016-03' : null,
      status: i % 2 ? 'completed' : 'active',
      council: `council:${tag}-c${((i - 1) % 3) + 1}`,
      round: `round:${tag}-${i <= 15 ? 1 : 2}`,
      themes: i % 2 ? [`theme:${tag}-a`] : [`theme:${tag}-a`, `theme:${tag}-b`],
      direction: i % 2 ? 'positive' : 'negative',
    };
  });
  await db.writeTransaction(async (run) => {
    await run(
      `CREATE (:Source {id: $id, title: $title, publisher: 'Test', kind: 'report', sourceIds: [], sourceNotes: []})`,
      { id: `source:${tag}-doc`, title: `${tag} Document` },
    );
    await run(
      `UNWIND $regions AS r CREATE (:Region {id: r.id, name: r.name, gssCode: r.id, sourceIds: [$src], sourceNotes: ['region ' + r.name]})`,
      { src: `source:${tag}-doc`, regions: [{ id: `region:${tag}-london`, name: `${tag} London` }, { id: `region:${tag}-north`, name: `${tag} North` }] },
    );
    await run(
      `UNWIND $councils AS c
       CREATE (council:Council {id: c.id, name: c.name, gssCode: c.id, type: 'unitary', sourceIds: [$src], sourceNotes: ['council ' + c.name]})
       WITH council, c WHERE c.region IS NOT NULL
       MATCH (r:Region {id: c.region})
       CREATE (council)-[:IN_REGION {sourceIds: [$src], sourceNotes: ['region of ' + c.name]}]->(r)`,
      {
        src: `source:${tag}-doc`,
        councils: [
          { id: `council:${tag}-c1`, name: `${tag} Council 1`, region: `region:${tag}-london` },
          { id: `council:${tag}-c2`, name: `${tag} Council 2`, region: `region:${tag}-london` },
          { id: `council:${tag}-c3`, name: `${tag} Council 3`, region: `region:${tag}-north` },
          { id: `council:${tag}-c4`, name: `${tag} Council 4`, region: null },
        ],
      },
    );
    await run(
      `UNWIND [1, 2] AS number
       CREATE (:FundingRound {id: $tag + '-' + number, name: 'Round ' + number, number: number, summary: 'Round.', sourceIds: [$src], sourceNotes: ['round ' + number]})
       WITH count(*) AS done
       UNWIND ['a', 'b'] AS key
       CREATE (:Theme {id: $theme + '-' + key, name: 'Theme ' + key, kind: 'topic', sourceIds: [$src], sourceNotes: ['theme ' + key]})`,
      { tag: `round:${tag}`, theme: `theme:${tag}`, src: `source:${tag}-doc` },
    );
    await run(
      `UNWIND $projects AS p
       CREATE (project:Project {id: p.id, name: p.name, summary: 'A test project.', status: p.status, sourceIds: [$src], sourceNotes: ['project ' + p.s]})
       SET project.grantGbp = p.grantGbp, project.startDate = p.startDate
       WITH project, p
       MATCH (c:Council {id: p.council}), (r:FundingRound {id: p.round})
       CREATE (c)-[:LEADS {sourceIds: [$src], sourceNotes: ['lead of project ' + p.s]}]->(project)
       CREATE (project)-[:FUNDED_IN {amountGbp: 500 * p.i, sourceIds: [$src], sourceNotes: ['funding of project ' + p.s]}]->(r)
       CREATE (e:Evaluation {id: replace(p.id, 'project:', 'evaluation:'), title: 'Evaluation of ' + p.name, date: '2017', sourceIds: [$src], sourceNotes: ['evaluation ' + p.s]})
       CREATE (e)-[:EVALUATES {sourceIds: [$src], sourceNotes: ['scope ' + p.s]}]->(project)
       CREATE (f:Finding {id: replace(p.id, 'project:', 'finding:'), statement: 'Finding ' + p.s, direction: p.direction, outcomeArea: 'test', sourceIds: [$src], sourceNotes: ['finding ' + p.s]})
       CREATE (e)-[:REPORTS {sourceIds: [$src], sourceNotes: ['reported ' + p.s]}]->(f)
       WITH project, p, f
       UNWIND p.themes AS themeId
       MATCH (t:Theme {id: themeId})
       CREATE (project)-[:HAS_THEME {sourceIds: [$src], sourceNotes: ['theme of project ' + p.s]}]->(t)
       FOREACH (_ IN CASE WHEN themeId ENDS WITH '-a' THEN [1] ELSE [] END |
         CREATE (f)-[:HAS_THEME {sourceIds: [$src], sourceNotes: ['theme of finding ' + p.s]}]->(t))`,
      { projects, src: `source:${tag}-doc` },
    );
    await run(
      `MATCH (origin:Project {id: $p01}), (derived:Project {id: $p20}), (c3:Council {id: $c3})
       SET origin.alternativesJson = $alternatives
       CREATE (derived)-[:SCALES {mode: 'scale', year: 2017, sourceIds: [$src], sourceNotes: ['scaling']}]->(origin)
       CREATE (c3)-[:ADOPTS {year: 2017, round: $round2, sourceIds: [$src], sourceNotes: ['adoption']}]->(derived)
       CREATE (person:Person {id: $person, name: $tag + ' Minister', sourceIds: [$src], sourceNotes: ['minister']})
       CREATE (org:Organisation {id: $org, name: $tag + ' DfE', kind: 'government', sourceIds: [$src], sourceNotes: ['department']})
       CREATE (person)-[:HELD_ROLE {title: 'Minister', from: '2014', to: '2016', sourceIds: [$src], sourceNotes: ['role']}]->(org)
       WITH person
       MATCH (r1:FundingRound {id: $round1})
       CREATE (person)-[:ANNOUNCED {date: '2014-10', amountGbp: 100, sourceIds: [$src], sourceNotes: ['announcement']}]->(r1)`,
      {
        tag, src: `source:${tag}-doc`, p01: `project:${tag}-01`, p20: `project:${tag}-20`, c3: `council:${tag}-c3`,
        person: `person:${tag}-minister`, org: `org:${tag}-dfe`, round1: `round:${tag}-1`, round2: `round:${tag}-2`,
        alternatives: JSON.stringify([{ field: 'grantGbp', value: 1500, sources: [{ source: `source:${tag}-doc`, note: 'other figure' }] }]),
      },
    );
  });
}

/** Deletes everything createEntityFixture made for `tag`. */
export async function deleteEntityFixture(db: Database, tag: string): Promise<void> {
  await db.write(`MATCH (n) WHERE n.id STARTS WITH split(n.id, ':')[0] + ':' + $tag + '-' DETACH DELETE n`, { tag });
}

/**
 * Registers beforeAll/afterAll for a test file that owns the entity fixture tagged `tag`: connects
 * to the test Neo4j, (re)creates the fixture, and removes exactly it afterwards. Returns the
 * database and a `run` that executes one operation through the whole Apollo pipeline.
 */
export function useEntityFixture(tag: string) {
  let connection: ReturnType<typeof connectTestDb>;
  let server: ApolloServer<Context>;
  beforeAll(async () => {
    connection = connectTestDb();
    server = await createTestServer();
    await deleteEntityFixture(connection.db, tag);
    await createEntityFixture(connection.db, tag);
  });
  afterAll(async () => {
    await deleteEntityFixture(connection.db, tag);
    await server.stop();
    await connection.driver.close();
  });
  return {
    db: (): Database => connection.db,
    run: (query: string, variables: Record<string, unknown> = {}) => execute(server, connection.db, query, variables),
  };
}
