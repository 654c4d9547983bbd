import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from './helpers/test-graph';

/** This file's own world, ids `t-sets`: Kim held two roles at the Institute, Lee one. */
const FIXTURE = `
  CREATE (doc:Source {id: 'source:t-sets-doc', title: 'Sets test document', publisher: 'Test', kind: 'report', sourceIds: [], sourceNotes: []})
  CREATE (inst:Organisation {id: 'org:t-sets-inst', name: 'Sets Institute', kind: 'research-centre', sourceIds: [doc.id], sourceNotes: ['p. 1']})
  CREATE (kim:Person {id: 'person:t-sets-kim', name: 'Sets Kim', sourceIds: [doc.id], sourceNotes: ['p. 2']})
  CREATE (lee:Person {id: 'person:t-sets-lee', name: 'Sets Lee', sourceIds: [doc.id], sourceNotes: ['p. 3']})
  CREATE (kim)-[:HELD_ROLE {title: 'Professor', from: '2010', sourceIds: [doc.id], sourceNotes: ['professor']}]->(inst)
  CREATE (kim)-[:HELD_ROLE {title: 'Director', from: '2016', sourceIds: [doc.id], sourceNotes: ['director']}]->(inst)
  CREATE (lee)-[:HELD_ROLE {title: 'Fellow', sourceIds: [doc.id], sourceNotes: ['fellow']}]->(inst)`;
const CLEANUP = `MATCH (n) WHERE n.id CONTAINS ':t-sets-' DETACH DELETE n`;

describe('relationship lists are sets of nodes; their Connection forms keep each relationship', () => {
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;

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

  it('lists a person reached through two relationships once, and both relationships as edges', async () => {
    const result = await execute(server, db, `{
      organisation(id: "org:t-sets-inst") {
        people { id }
        firstOne: people(first: 1) { id }
        peopleConnection { totalCount edges { title node { id } } }
      }
      person(id: "person:t-sets-kim") { organisations { id } organisationsConnection { edges { title } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.organisation.people).toEqual([{ id: 'person:t-sets-kim' }, { id: 'person:t-sets-lee' }]);
    expect(result.data?.organisation.firstOne).toEqual([{ id: 'person:t-sets-kim' }]);
    expect(result.data?.organisation.peopleConnection.totalCount).toBe(3);
    expect(result.data?.organisation.peopleConnection.edges.map((e: { title: string }) => e.title).sort()).toEqual(['Director', 'Fellow', 'Professor']);
    expect(result.data?.person.organisations).toEqual([{ id: 'org:t-sets-inst' }]);
    expect(result.data?.person.organisationsConnection.edges.map((e: { title: string }) => e.title).sort()).toEqual(['Director', 'Professor']);
  });
});
