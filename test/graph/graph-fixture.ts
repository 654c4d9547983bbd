import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../../src/context';
import { Database } from '../../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from '../helpers/test-graph';

/**
 * A small world for the cross-entity query tests (src/graph), every id prefixed `t-graph`:
 *
 *   ancestor <-SPREADS(2014)- origin (round 901, led by A) <-SCALES(2017)- scale (round 902, led by B, adopted by C in round 902)
 *                                                           <-SPREADS(2018)- spread (no round; adopted by A in round 902)
 *   scale <-SCALES(2019)- grandchild (round 902, led by C);  unrelated (round 901, led by B)
 *
 * Councils A (county) and B (unitary) are in region North, C (london-borough) in none. Evaluations
 * of origin (2 findings) and of scale (1 finding). A minister announced round 901 and the scale project.
 * Round numbers 901/902 keep the fixture apart from the real rounds 1 and 2.
 */
export const GRAPH_FIXTURE = `
  CREATE (doc:Source {id: 'source:t-graph-doc', title: 'Graph test document', publisher: 'Test', kind: 'report', date: '2019', sourceIds: [], sourceNotes: []})
  CREATE (prog:Programme {id: 'programme:t-graph-prog', name: 'Graph test programme', summary: 'For graph tests.', startDate: '2014-06', sourceIds: [doc.id], sourceNotes: ['p. 1']})
  CREATE (r1:FundingRound {id: 'round:t-graph-1', name: 'Graph test round one', number: 901, summary: 'First.', startDate: '2014-10', sourceIds: [doc.id], sourceNotes: ['p. 2']})
  CREATE (r2:FundingRound {id: 'round:t-graph-2', name: 'Graph test round two', number: 902, summary: 'Second.', startDate: '2016-09-01', sourceIds: [doc.id], sourceNotes: ['p. 3']})
  CREATE (r1)-[:PART_OF {sourceIds: [doc.id], sourceNotes: ['p. 2']}]->(prog)
  CREATE (r2)-[:PART_OF {sourceIds: [doc.id], sourceNotes: ['p. 3']}]->(prog)
  CREATE (north:Region {id: 'region:t-graph-north', name: 'Graph test North', gssCode: 'TG0000001', sourceIds: [doc.id], sourceNotes: ['p. 4']})
  CREATE (a:Council {id: 'council:t-graph-a', name: 'Graph Test Alpha Council', gssCode: 'TGA', type: 'county', sourceIds: [doc.id], sourceNotes: ['p. 5']})
  CREATE (b:Council {id: 'council:t-graph-b', name: 'Graph Test Beta Council', gssCode: 'TGB', type: 'unitary', sourceIds: [doc.id], sourceNotes: ['p. 5']})
  CREATE (c:Council {id: 'council:t-graph-c', name: 'Graph Test Gamma Council', gssCode: 'TGC', type: 'london-borough', sourceIds: [doc.id], sourceNotes: ['p. 5']})
  CREATE (a)-[:IN_REGION {sourceIds: [doc.id], sourceNotes: ['p. 5']}]->(north)
  CREATE (b)-[:IN_REGION {sourceIds: [doc.id], sourceNotes: ['p. 5']}]->(north)
  CREATE (theme:Theme {id: 'theme:t-graph-teens', name: 'Graph test zyzzyva teenagers', kind: 'topic', sourceIds: [doc.id], sourceNotes: ['p. 6']})
  CREATE (ancestor:Project {id: 'project:t-graph-ancestor', name: 'Graph Ancestor', summary: 'An older model.', startDate: '2012', status: 'completed', sourceIds: [doc.id], sourceNotes: ['p. 7']})
  CREATE (origin:Project {id: 'project:t-graph-origin', name: 'Graph Origin', summary: 'A hub for zyzzyva teenagers.', startDate: '2014-11', grantGbp: 1000000, status: 'completed', sourceIds: [doc.id], sourceNotes: ['p. 8']})
  CREATE (scale:Project {id: 'project:t-graph-scale', name: 'Graph Scale', summary: 'Scaling the hub.', startDate: '2017-01', grantGbp: 500000, status: 'completed', sourceIds: [doc.id], sourceNotes: ['p. 9']})
  CREATE (spread:Project {id: 'project:t-graph-spread', name: 'Graph Spread', summary: 'Spreading the hub.', status: 'active', sourceIds: [doc.id], sourceNotes: ['p. 10']})
  CREATE (grandchild:Project {id: 'project:t-graph-grandchild', name: 'Graph Grandchild', summary: 'Scaling the scale-up.', startDate: '2019-04-01', grantGbp: 250000, status: 'active', sourceIds: [doc.id], sourceNotes: ['p. 11']})
  CREATE (unrelated:Project {id: 'project:t-graph-unrelated', name: 'Graph Unrelated', summary: 'Something else.', grantGbp: 300000, status: 'unknown', sourceIds: [doc.id], sourceNotes: ['p. 12']})
  CREATE (origin)-[:SPREADS {mode: 'spread', year: 2014, sourceIds: [doc.id], sourceNotes: ['p. 13']}]->(ancestor)
  CREATE (scale)-[:SCALES {mode: 'scale', year: 2017, sourceIds: [doc.id], sourceNotes: ['p. 14']}]->(origin)
  CREATE (spread)-[:SPREADS {mode: 'spread', year: 2018, sourceIds: [doc.id], sourceNotes: ['p. 15']}]->(origin)
  CREATE (grandchild)-[:SCALES {mode: 'scale', year: 2019, sourceIds: [doc.id], sourceNotes: ['p. 16']}]->(scale)
  CREATE (origin)-[:FUNDED_IN {amountGbp: 1000000, sourceIds: [doc.id], sourceNotes: ['p. 17']}]->(r1)
  CREATE (unrelated)-[:FUNDED_IN {sourceIds: [doc.id], sourceNotes: ['p. 17']}]->(r1)
  CREATE (scale)-[:FUNDED_IN {amountGbp: 400000, sourceIds: [doc.id], sourceNotes: ['p. 18']}]->(r2)
  CREATE (grandchild)-[:FUNDED_IN {sourceIds: [doc.id], sourceNotes: ['p. 18']}]->(r2)
  CREATE (a)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 19']}]->(origin)
  CREATE (b)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 19']}]->(scale)
  CREATE (b)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 19']}]->(unrelated)
  CREATE (c)-[:LEADS {sourceIds: [doc.id], sourceNotes: ['p. 19']}]->(grandchild)
  CREATE (c)-[:ADOPTS {year: 2018, round: 'round:t-graph-2', sourceIds: [doc.id], sourceNotes: ['p. 20']}]->(scale)
  CREATE (a)-[:ADOPTS {year: 2019, round: 'round:t-graph-2', sourceIds: [doc.id], sourceNotes: ['p. 21']}]->(spread)
  CREATE (origin)-[:HAS_THEME {sourceIds: [doc.id], sourceNotes: ['p. 22']}]->(theme)
  CREATE (scale)-[:HAS_THEME {sourceIds: [doc.id], sourceNotes: ['p. 22']}]->(theme)
  CREATE (evalOrigin:Evaluation {id: 'evaluation:t-graph-origin', title: 'Graph Origin evaluation', date: '2017-03-15', sourceIds: [doc.id], sourceNotes: ['p. 23']})
  CREATE (evalScale:Evaluation {id: 'evaluation:t-graph-scale', title: 'Graph Scale evaluation', date: '2019', sourceIds: [doc.id], sourceNotes: ['p. 24']})
  CREATE (evalOrigin)-[:EVALUATES {sourceIds: [doc.id], sourceNotes: ['p. 23']}]->(origin)
  CREATE (evalScale)-[:EVALUATES {sourceIds: [doc.id], sourceNotes: ['p. 24']}]->(scale)
  CREATE (f1:Finding {id: 'finding:t-graph-1', statement: 'Fewer zyzzyva teenagers entered care.', direction: 'positive', outcomeArea: 'graph-test-care', sourceIds: [doc.id], sourceNotes: ['p. 25']})
  CREATE (f2:Finding {id: 'finding:t-graph-2', statement: 'Costs were mixed.', direction: 'mixed', outcomeArea: 'graph-test-cost', sourceIds: [doc.id], sourceNotes: ['p. 26']})
  CREATE (f3:Finding {id: 'finding:t-graph-3', statement: 'Early signs at scale.', direction: 'emerging', outcomeArea: 'graph-test-care', sourceIds: [doc.id], sourceNotes: ['p. 27']})
  CREATE (evalOrigin)-[:REPORTS {sourceIds: [doc.id], sourceNotes: ['p. 25']}]->(f1)
  CREATE (evalOrigin)-[:REPORTS {sourceIds: [doc.id], sourceNotes: ['p. 26']}]->(f2)
  CREATE (evalScale)-[:REPORTS {sourceIds: [doc.id], sourceNotes: ['p. 27']}]->(f3)
  CREATE (f1)-[:HAS_THEME {sourceIds: [doc.id], sourceNotes: ['p. 25']}]->(theme)
  CREATE (dept:Organisation {id: 'org:t-graph-dept', name: 'Graph Test Department', kind: 'government', sourceIds: [doc.id], sourceNotes: ['p. 28']})
  CREATE (minister:Person {id: 'person:t-graph-minister', name: 'Graph Test Minister', sourceIds: [doc.id], sourceNotes: ['p. 29']})
  CREATE (minister)-[:HELD_ROLE {title: 'Minister', from: '2013', sourceIds: [doc.id], sourceNotes: ['p. 29']}]->(dept)
  CREATE (minister)-[:ANNOUNCED {date: '2014-10-01', amountGbp: 100000000, sourceIds: [doc.id], sourceNotes: ['p. 30']}]->(r1)
  CREATE (minister)-[:ANNOUNCED {date: '2016', sourceIds: [doc.id], sourceNotes: ['p. 31']}]->(scale)`;

/** Removes exactly the fixture's nodes (and with them their relationships). */
export const GRAPH_FIXTURE_CLEANUP = `MATCH (n) WHERE n.id CONTAINS ':t-graph-' DETACH DELETE n`;


/** What a graph test needs: the database, a server, and a way to run operations and count statements. */
export interface GraphTestKit {
  db: Database;
  run(query: string, variables?: Record<string, unknown>): ReturnType<typeof execute>;
  /** Runs an operation and returns the Cypher statements it ran, in order. */
  countStatements(query: string, variables?: Record<string, unknown>): Promise<string[]>;
}

/** Registers beforeAll/afterAll hooks that write the fixture and remove it; returns the kit. */
export function useGraphFixture(): GraphTestKit {
  let driver: Driver;
  let server: ApolloServer<Context>;
  const kit = {} as GraphTestKit;
  beforeAll(async () => {
    const connected = connectTestDb();
    driver = connected.driver;
    kit.db = connected.db;
    server = await createTestServer();
    await kit.db.write(GRAPH_FIXTURE_CLEANUP);
    await kit.db.write(GRAPH_FIXTURE);
  });
  afterAll(async () => {
    await kit.db.write(GRAPH_FIXTURE_CLEANUP);
    await server.stop();
    await driver.close();
  });
  kit.run = (query, variables = {}) => execute(server, kit.db, query, variables);
  kit.countStatements = async (query, variables = {}) => {
    const statements: string[] = [];
    const stop = kit.db.onStatement((cypher) => statements.push(cypher));
    try {
      const result = await execute(server, kit.db, query, variables);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    } finally {
      stop();
    }
    return statements;
  };
  return kit;
}
