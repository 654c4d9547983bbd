import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { connectTestDb, createTestServer, execute } from './helpers/test-graph';

/**
 * This file's own world, ids `t-roles`: Pat chaired the Trust (2015) and is its trustee (2018), and
 * was director of children's services at Qshire council (2016); Sam is Qshire's cabinet member.
 */
const FIXTURE = `
  CREATE (doc:Source {id: 'source:t-roles-doc', title: 'Roles test document', publisher: 'Test', kind: 'report', sourceIds: [], sourceNotes: []})
  CREATE (trust:Organisation {id: 'org:t-roles-trust', name: 'Roles Trust', kind: 'trust', sourceIds: [doc.id], sourceNotes: ['p. 1']})
  CREATE (council:Council {id: 'council:t-roles-q', name: 'Roles Qshire', gssCode: 'TRQ', type: 'county', sourceIds: [doc.id], sourceNotes: ['p. 2']})
  CREATE (pat:Person {id: 'person:t-roles-pat', name: 'Roles Pat', sourceIds: [doc.id], sourceNotes: ['p. 3']})
  CREATE (sam:Person {id: 'person:t-roles-sam', name: 'Roles Sam', sourceIds: [doc.id], sourceNotes: ['p. 4']})
  CREATE (pat)-[:HELD_ROLE {title: 'Chair', from: '2015', sourceIds: [doc.id], sourceNotes: ['chair']}]->(trust)
  CREATE (pat)-[:HELD_ROLE {title: 'Trustee', from: '2018', sourceIds: [doc.id], sourceNotes: ['trustee']}]->(trust)
  CREATE (pat)-[:HELD_ROLE {title: 'Director of Children\\'s Services', from: '2016', to: '2017', sourceIds: [doc.id], sourceNotes: ['dcs']}]->(council)
  CREATE (sam)-[:HELD_ROLE {title: 'Cabinet member for children', sourceIds: [doc.id], sourceNotes: ['cabinet']}]->(council)`;
const CLEANUP = `MATCH (n) WHERE n.id CONTAINS ':t-roles-' DETACH DELETE n`;

describe('roles held at councils, and relationship lists as sets of nodes', () => {
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;
  const run = (query: string) => execute(server, db, query);

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

  it('lists a person\'s roles at councils beside those at organisations, oldest first, with where each was held', async () => {
    const result = await run(`{ person(id: "person:t-roles-pat") {
      roles { title from to heldAt { __typename id } organisation { id } council { id name } sources { note } }
      councils { id }
      councilsConnection { totalCount edges { title node { id } } }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.person.roles).toEqual([
      { title: 'Chair', from: '2015', to: null, heldAt: { __typename: 'Organisation', id: 'org:t-roles-trust' }, organisation: { id: 'org:t-roles-trust' }, council: null, sources: [{ note: 'chair' }] },
      { title: 'Director of Children\'s Services', from: '2016', to: '2017', heldAt: { __typename: 'Council', id: 'council:t-roles-q' }, organisation: null,
        council: { id: 'council:t-roles-q', name: 'Roles Qshire' }, sources: [{ note: 'dcs' }] },
      { title: 'Trustee', from: '2018', to: null, heldAt: { __typename: 'Organisation', id: 'org:t-roles-trust' }, organisation: { id: 'org:t-roles-trust' }, council: null, sources: [{ note: 'trustee' }] },
    ]);
    expect(result.data?.person.councils).toEqual([{ id: 'council:t-roles-q' }]);
    expect(result.data?.person.councilsConnection).toEqual({ totalCount: 1, edges: [{ title: 'Director of Children\'s Services', node: { id: 'council:t-roles-q' } }] });
  });

  it('gives a council its people, their roles, and a filter on them', async () => {
    const result = await run(`{
      council(id: "council:t-roles-q") {
        people { id }
        peopleConnection { edges { title node { id } } }
        roles { title person { id } council { id } organisation { id } }
      }
      councils(where: { people: { some: { name: { eq: "Roles Sam" } } } }) { edges { node { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.council).toEqual({
      people: [{ id: 'person:t-roles-pat' }, { id: 'person:t-roles-sam' }],
      peopleConnection: { edges: [
        { title: 'Director of Children\'s Services', node: { id: 'person:t-roles-pat' } },
        { title: 'Cabinet member for children', node: { id: 'person:t-roles-sam' } },
      ] },
      roles: [
        { title: 'Cabinet member for children', person: { id: 'person:t-roles-sam' }, council: { id: 'council:t-roles-q' }, organisation: null },
        { title: 'Director of Children\'s Services', person: { id: 'person:t-roles-pat' }, council: { id: 'council:t-roles-q' }, organisation: null },
      ],
    });
    expect(result.data?.councils.edges).toEqual([{ node: { id: 'council:t-roles-q' } }]);
  });
});
