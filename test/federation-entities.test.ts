import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { Context } from '../src/context';
import { Database } from '../src/neo4j/database';
import { connectTestDb, execute } from './helpers/test-graph';
import { createTestSubgraphServer } from './helpers/subgraph';

/** This file's own data: 100 councils and one entity of every other keyed type, test-only ids. */
const COUNCIL_COUNT = 100;
const councilNumber = (i: number) => String(i).padStart(3, '0');
const COUNCILS = Array.from({ length: COUNCIL_COUNT }, (_, i) => ({
  id: `council:t-fed-ent-${councilNumber(i)}`,
  gssCode: `T-FED-ENT-${councilNumber(i)}`,
  name: `Test council ${councilNumber(i)}`,
}));
const SETUP = `
  UNWIND $councils AS council
  CREATE (:Council {id: council.id, gssCode: council.gssCode, name: council.name, type: 'unitary',
                    sourceIds: [], sourceNotes: []})
  WITH count(*) AS created
  CREATE (:Project {id: 'project:t-fed-ent', name: 'Test project', summary: 'For tests.', status: 'completed', sourceIds: [], sourceNotes: []})
  CREATE (:Organisation {id: 'org:t-fed-ent', name: 'Test organisation', kind: 'charity', sourceIds: [], sourceNotes: []})
  CREATE (:Person {id: 'person:t-fed-ent', name: 'Test person', sourceIds: [], sourceNotes: []})
  CREATE (:FundingRound {id: 'round:t-fed-ent', name: 'Test round', summary: 'For tests.', sourceIds: [], sourceNotes: []})
  CREATE (:Theme {id: 'theme:t-fed-ent', name: 'Test theme', kind: 'topic', sourceIds: [], sourceNotes: []})`;
const IDS = [
  ...COUNCILS.map((c) => c.id),
  'project:t-fed-ent', 'org:t-fed-ent', 'person:t-fed-ent', 'round:t-fed-ent', 'theme:t-fed-ent',
];
const CLEANUP = 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Council { id gssCode name }
    ... on Project { id name status }
    ... on Organisation { id name kind }
    ... on Person { id name }
    ... on FundingRound { id name }
    ... on Theme { id name kind }
  }
}`;

describe('_entities: __resolveReference through per-request loaders', () => {
  let driver: Driver;
  let db: Database;
  let server: ApolloServer<Context>;

  /** Runs `_entities` as the router would, counting the Cypher statements it takes. */
  async function resolveEntities(representations: Record<string, unknown>[]) {
    const statements: string[] = [];
    const stop = db.onStatement((cypher) => statements.push(cypher));
    try {
      const result = await execute(server, db, ENTITIES, { representations }, true);
      return { ...result, statements };
    } finally {
      stop();
    }
  }

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    server = await createTestSubgraphServer();
    await db.write(CLEANUP, { ids: IDS });
    await db.write(SETUP, { councils: COUNCILS });
  });

  afterAll(async () => {
    await db.write(CLEANUP, { ids: IDS });
    await server.stop();
    await driver.close();
  });

  it('resolves one entity of every keyed type by id, in the order asked, one statement per type', async () => {
    const result = await resolveEntities([
      { __typename: 'Theme', id: 'theme:t-fed-ent' },
      { __typename: 'Project', id: 'project:t-fed-ent' },
      { __typename: 'Council', id: 'council:t-fed-ent-007' },
      { __typename: 'Organisation', id: 'org:t-fed-ent' },
      { __typename: 'Person', id: 'person:t-fed-ent' },
      { __typename: 'FundingRound', id: 'round:t-fed-ent' },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: 'Theme', id: 'theme:t-fed-ent', name: 'Test theme', kind: 'topic' },
      { __typename: 'Project', id: 'project:t-fed-ent', name: 'Test project', status: 'completed' },
      { __typename: 'Council', id: 'council:t-fed-ent-007', gssCode: 'T-FED-ENT-007', name: 'Test council 007' },
      { __typename: 'Organisation', id: 'org:t-fed-ent', name: 'Test organisation', kind: 'charity' },
      { __typename: 'Person', id: 'person:t-fed-ent', name: 'Test person' },
      { __typename: 'FundingRound', id: 'round:t-fed-ent', name: 'Test round' },
    ]);
    expect(result.statements).toHaveLength(6);
  });

  it('resolves Councils by GSS code and by id in key order, with null for unknown keys', async () => {
    const result = await resolveEntities([
      { __typename: 'Council', gssCode: 'T-FED-ENT-042' },
      { __typename: 'Council', gssCode: 'T-FED-ENT-NONE' },
      { __typename: 'Council', id: 'council:t-fed-ent-003' },
      { __typename: 'Council', id: 'council:t-fed-ent-none' },
      { __typename: 'Council', gssCode: 'T-FED-ENT-001' },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: 'Council', id: 'council:t-fed-ent-042', gssCode: 'T-FED-ENT-042', name: 'Test council 042' },
      null,
      { __typename: 'Council', id: 'council:t-fed-ent-003', gssCode: 'T-FED-ENT-003', name: 'Test council 003' },
      null,
      { __typename: 'Council', id: 'council:t-fed-ent-001', gssCode: 'T-FED-ENT-001', name: 'Test council 001' },
    ]);
    // one statement for the GSS-code key, one for the id key
    expect(result.statements).toHaveLength(2);
  });

  it.each([1, 10, 100])('runs one Cypher statement for %i Council representations by GSS code', async (n) => {
    const representations = COUNCILS.slice(0, n).map((c) => ({ __typename: 'Council', gssCode: c.gssCode }));
    const result = await resolveEntities(representations);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((c: { gssCode: string }) => c.gssCode)).toEqual(COUNCILS.slice(0, n).map((c) => c.gssCode));
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toContain('UNWIND $gssCodes');
  });

  it.each([1, 10, 100])('runs one Cypher statement for %i Council representations by id', async (n) => {
    // reversed, so that key order is not the database's order
    const councils = COUNCILS.slice(0, n).reverse();
    const result = await resolveEntities(councils.map((c) => ({ __typename: 'Council', id: c.id })));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((c: { id: string }) => c.id)).toEqual(councils.map((c) => c.id));
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toContain('UNWIND $ids');
  });

  it('fails only the slot of a representation without a usable key, with BAD_USER_INPUT', async () => {
    const result = await resolveEntities([
      { __typename: 'Council', id: 'council:t-fed-ent-005' },
      { __typename: 'Council', name: 'Test council 006' },
      { __typename: 'Project', id: 42 },
    ]);
    expect(result.data?._entities).toEqual([
      { __typename: 'Council', id: 'council:t-fed-ent-005', gssCode: 'T-FED-ENT-005', name: 'Test council 005' },
      null,
      null,
    ]);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1], 'BAD_USER_INPUT'],
      [['_entities', 2], 'BAD_USER_INPUT'],
    ]);
    expect(result.errors?.map((e) => e.message)).toEqual([
      'A Council representation needs a string "id" or "gssCode".',
      'A Project representation needs a string "id".',
    ]);
  });
});
