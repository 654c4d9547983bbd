import { ApolloServer } from '@apollo/server';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Driver } from 'neo4j-driver';
import { Database } from '../src/neo4j/database';
import { ApiServer } from '../src/server';
import { startCouncilStatisticsSubgraph } from './federation/council-statistics-subgraph';
import { composeWithNeighbour, SUBGRAPH_NAME } from './federation/compose';
import { connectTestDb } from './helpers/test-graph';
import { startHttpSubgraph } from './helpers/subgraph';

/**
 * This file's own data, test-only ids and GSS codes: three councils; council one leads project A,
 * project B scales A, council two adopted B in 2018; council three takes part in nothing.
 */
const COUNCILS = [
  { id: 'council:t-fed-gw-1', gssCode: 'T-FED-GW-1', name: 'Gateway council one', laCode: '901', type: 'county' },
  { id: 'council:t-fed-gw-2', gssCode: 'T-FED-GW-2', name: 'Gateway council two', laCode: null, type: 'unitary' },
  { id: 'council:t-fed-gw-3', gssCode: 'T-FED-GW-3', name: 'Gateway council three', laCode: '903', type: 'london-borough' },
];
const PROJECTS = [
  { id: 'project:t-fed-gw-a', name: 'Gateway project A', summary: 'The original model.', status: 'completed' },
  { id: 'project:t-fed-gw-b', name: 'Gateway project B', summary: 'A scales A.', status: 'active' },
];
const SETUP = `
  UNWIND $councils AS council
  CREATE (c:Council) SET c = council, c.sourceIds = [], c.sourceNotes = []
  WITH count(*) AS councils
  UNWIND $projects AS project
  CREATE (p:Project) SET p = project, p.sourceIds = [], p.sourceNotes = []
  WITH count(*) AS projects
  MATCH (one:Council {id: 'council:t-fed-gw-1'}), (two:Council {id: 'council:t-fed-gw-2'})
  MATCH (a:Project {id: 'project:t-fed-gw-a'}), (b:Project {id: 'project:t-fed-gw-b'})
  CREATE (one)-[:LEADS {sourceIds: [], sourceNotes: []}]->(a)
  CREATE (b)-[:SCALES {mode: 'scale', year: 2017, sourceIds: [], sourceNotes: []}]->(a)
  CREATE (two)-[:ADOPTS {year: 2018, sourceIds: [], sourceNotes: []}]->(b)`;
const CLEANUP = 'MATCH (n) WHERE n.id IN $ids DETACH DELETE n';
const FIXTURE_IDS = [...COUNCILS, ...PROJECTS].map((node) => node.id);

/** The neighbour's in-memory statistics for the same councils. */
const STATISTICS = [
  { gssCode: 'T-FED-GW-1', childrenInCare: 120 },
  { gssCode: 'T-FED-GW-2', childrenInCare: 480 },
  { gssCode: 'T-FED-GW-3', childrenInCare: null },
];

const SECRET = 'test-gateway-secret-77c1';
const SILENT = { debug() {}, info() {}, warn() {}, error() {} };

const JOINED = '{ councilStatistics { gssCode childrenInCare name laCode type } }';

/** From the neighbour's statistics into our Council -> projects -> lineage. */
const JOINED_WITH_LINEAGE = `{ councilStatistics { gssCode childrenInCare name
  projects { role adoptionYear project { id name lineage(direction: BOTH) { depth steps { project { id } parent { id } mode year } } } }
} }`;

describe('@apollo/gateway over both subgraphs: a query from the neighbour into our councils', () => {
  let driver: Driver;
  let db: Database;
  let ours: ApiServer;
  let stopNeighbour: () => Promise<void>;
  let supergraphSdl: string;
  let neighbourUrl: string;
  let oursUrl: string;

  /** An in-process gateway over the composed supergraph; `secret` is what it sends to our subgraph. */
  async function startGateway(secret: string | undefined) {
    const gateway = new ApolloGateway({
      supergraphSdl,
      logger: SILENT,
      buildService: ({ name, url }) =>
        new RemoteGraphQLDataSource({
          url,
          willSendRequest({ request }) {
            if (name === SUBGRAPH_NAME && secret !== undefined) request.http?.headers.set('x-router-secret', secret);
          },
        }),
    });
    const server = new ApolloServer({ gateway, logger: SILENT });
    await server.start();
    return server;
  }

  async function query(server: ApolloServer, text: string) {
    const response = await server.executeOperation({ query: text });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: Record<string, any> | null; errors?: readonly any[] };
  }

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    await db.write(CLEANUP, { ids: FIXTURE_IDS });
    await db.write(SETUP, { councils: COUNCILS, projects: PROJECTS });
    ({ url: oursUrl, server: ours } = await startHttpSubgraph(db, { routerSecret: SECRET }));
    ({ url: neighbourUrl, stop: stopNeighbour } = await startCouncilStatisticsSubgraph(STATISTICS));
    const composed = composeWithNeighbour({ ours: oursUrl, neighbour: neighbourUrl });
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
    supergraphSdl = composed.supergraphSdl;
  });

  afterAll(async () => {
    await ours.stop();
    await stopNeighbour();
    await db.write(CLEANUP, { ids: FIXTURE_IDS });
    await driver.close();
  });

  it('joins the neighbour\'s statistics to our councils, in the neighbour\'s order, with one Cypher statement', async () => {
    const gateway = await startGateway(SECRET);
    const statements: string[] = [];
    const stop = db.onStatement((cypher) => statements.push(cypher));
    try {
      const result = await query(gateway, JOINED);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        councilStatistics: [
          { gssCode: 'T-FED-GW-2', childrenInCare: 480, name: 'Gateway council two', laCode: null, type: 'unitary' },
          { gssCode: 'T-FED-GW-1', childrenInCare: 120, name: 'Gateway council one', laCode: '901', type: 'county' },
          { gssCode: 'T-FED-GW-3', childrenInCare: null, name: 'Gateway council three', laCode: '903', type: 'london-borough' },
        ],
      });
      expect(statements).toHaveLength(1);
      expect(statements[0]).toContain('UNWIND $gssCodes');
    } finally {
      stop();
      await gateway.stop();
    }
  });

  it('crosses from the neighbour\'s statistics into our Council -> projects -> lineage and joins the answer, in three Cypher statements', async () => {
    const gateway = await startGateway(SECRET);
    const statements: string[] = [];
    const stop = db.onStatement((cypher) => statements.push(cypher));
    try {
      const result = await query(gateway, JOINED_WITH_LINEAGE);
      expect(result.errors).toBeUndefined();
      const a = { id: 'project:t-fed-gw-a' };
      const b = { id: 'project:t-fed-gw-b' };
      expect(result.data).toEqual({
        councilStatistics: [
          {
            gssCode: 'T-FED-GW-2', childrenInCare: 480, name: 'Gateway council two',
            projects: [{ role: 'ADOPTS', adoptionYear: 2018, project: { ...b, name: 'Gateway project B', lineage: [
              { depth: -1, steps: [{ project: a, parent: null, mode: null, year: null }] },
              { depth: 0, steps: [{ project: b, parent: a, mode: 'scale', year: 2017 }] },
            ] } }],
          },
          {
            gssCode: 'T-FED-GW-1', childrenInCare: 120, name: 'Gateway council one',
            projects: [{ role: 'LEADS', adoptionYear: null, project: { ...a, name: 'Gateway project A', lineage: [
              { depth: 0, steps: [{ project: a, parent: null, mode: null, year: null }] },
              { depth: 1, steps: [{ project: b, parent: a, mode: 'scale', year: 2017 }] },
            ] } }],
          },
          { gssCode: 'T-FED-GW-3', childrenInCare: null, name: 'Gateway council three', projects: [] },
        ],
      });
      // _entities for all three councils, their projects, the lineages of those projects: one statement each
      expect(statements).toHaveLength(3);
      expect(statements[0]).toContain('UNWIND $gssCodes');
      expect(statements[1]).toContain('UNWIND $councilIds');
      expect(statements[2]).toContain('UNWIND $projectIds');
    } finally {
      stop();
      await gateway.stop();
    }
  });

  it('gets FORBIDDEN_ROUTER_ONLY from our subgraph when the gateway does not present the secret', async () => {
    const gateway = await startGateway(undefined);
    try {
      const result = await query(gateway, JOINED_WITH_LINEAGE);
      // the gateway reports our HTTP 403 and passes our coded error on in the response body
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        response: { status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN_ROUTER_ONLY' } }] } },
      });
      expect(result.data).toBeNull();
    } finally {
      await gateway.stop();
    }
  });
});
