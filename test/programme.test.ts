import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from './helpers/test-graph';

/** This file's own data: a programme with two rounds and a source, all with test-only ids. */
const SETUP = `
  CREATE (s:Source {id: 'source:test-prog-doc', title: 'Test document', publisher: 'Test publisher',
                    kind: 'report', sourceIds: [], sourceNotes: []})
  CREATE (p:Programme {id: 'programme:test-prog', name: 'Test programme', summary: 'For tests.',
                       startDate: '2001', budgetGbp: 1000, sourceIds: ['source:test-prog-doc'], sourceNotes: ['p. 1']})
  CREATE (r2:FundingRound {id: 'round:test-prog-2', name: 'Test round two', number: 902, summary: 'Second.',
                           sourceIds: ['source:test-prog-doc'], sourceNotes: ['p. 2']})
  CREATE (r1:FundingRound {id: 'round:test-prog-1', name: 'Test round one', number: 901, summary: 'First.',
                           sourceIds: ['source:test-prog-doc'], sourceNotes: ['p. 3']})
  CREATE (r1)-[:PART_OF {sourceIds: ['source:test-prog-doc'], sourceNotes: ['p. 3']}]->(p)
  CREATE (r2)-[:PART_OF {sourceIds: ['source:test-prog-doc'], sourceNotes: ['p. 2']}]->(p)`;
const CLEANUP = `MATCH (n) WHERE n.id IN ['source:test-prog-doc', 'programme:test-prog', 'round:test-prog-1', 'round:test-prog-2'] DETACH DELETE n`;

describe('programme and funding rounds, end to end (resolver -> Cypher -> Neo4j)', () => {
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    server = await createTestServer();
    await db.write(CLEANUP);
    await db.write(SETUP);
  });

  afterAll(async () => {
    await db.write(CLEANUP);
    await server.stop();
    await driver.close();
  });

  it('returns a programme by id with its rounds in round order and its sources', async () => {
    const result = await execute(server, db, `{
      programme(id: "programme:test-prog") {
        id name budgetGbp startDate
        fundingRounds { id number programme { id } }
        sources { note source { id title publisher kind } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.programme).toEqual({
      id: 'programme:test-prog',
      name: 'Test programme',
      budgetGbp: 1000,
      startDate: '2001',
      fundingRounds: [
        { id: 'round:test-prog-1', number: 901, programme: { id: 'programme:test-prog' } },
        { id: 'round:test-prog-2', number: 902, programme: { id: 'programme:test-prog' } },
      ],
      sources: [{ note: 'p. 1', source: { id: 'source:test-prog-doc', title: 'Test document', publisher: 'Test publisher', kind: 'report' } }],
    });
  });

  it('lists the rounds among all funding rounds', async () => {
    const result = await execute(server, db, '{ fundingRounds { edges { node { id } } } }');
    const ids = result.data?.fundingRounds.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining(['round:test-prog-1', 'round:test-prog-2']));
    expect(ids.indexOf('round:test-prog-1')).toBeLessThan(ids.indexOf('round:test-prog-2'));
  });

  it('returns null for an unknown id', async () => {
    const result = await execute(server, db, '{ programme(id: "programme:no-such-thing") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.programme).toBeNull();
  });

  it('resolves the rounds of many programmes in the page\'s statement, their sources in one more', async () => {
    const statements: string[] = [];
    const stop = db.onStatement((cypher) => statements.push(cypher));
    await execute(server, db, '{ programmes { edges { node { id fundingRounds { id programme { id } sources { note } } } } } }');
    stop();
    // programmes with their rounds and each round's programme folded in (issue 12), then sources by id
    expect(statements).toHaveLength(2);
    expect(statements[1]).toContain('Source');
  });
});
