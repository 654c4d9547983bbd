import { Driver } from 'neo4j-driver';
import { Database } from '../src/neo4j/database';
import { ApiServer } from '../src/server';
import { connectTestDb } from './helpers/test-graph';
import { postGraphQL } from './helpers/http';
import { startHttpSubgraph } from './helpers/subgraph';

/** This file's own data: one council, test-only id. */
const SETUP = `CREATE (:Council {id: 'council:t-fed-guard', gssCode: 'T-FED-GUARD', name: 'Guarded council',
                                 type: 'unitary', sourceIds: [], sourceNotes: []})`;
const CLEANUP = "MATCH (n:Council {id: 'council:t-fed-guard'}) DETACH DELETE n";

const SECRET = 'test-router-secret-3f9a';
const SERVICE = '{ _service { sdl } }';
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Council { id name } }
}`;
const COUNCIL = [{ __typename: 'Council', gssCode: 'T-FED-GUARD' }];
const TRACE = { 'apollo-federation-include-trace': 'ftv1' };

/** The refusal every client without the router's secret gets. */
function expectRefused(response: { status: number; body: Record<string, any> }, field: string) {
  expect(response.status).toBe(403);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toEqual([
    { message: `${field} is answered only to the federation router.`, extensions: { code: 'FORBIDDEN_ROUTER_ONLY' } },
  ]);
}

describe('federation entry points over HTTP: only for the router', () => {
  let driver: Driver;
  let db: Database;
  const servers: ApiServer[] = [];

  /** Starts the real HTTP server over the subgraph with this federation configuration. */
  async function start(federation: { routerSecret: string | undefined; routerSecretHeader?: string }) {
    const { url, server } = await startHttpSubgraph(db, federation);
    servers.push(server);
    return url;
  }

  beforeAll(async () => {
    ({ db, driver } = connectTestDb());
    await db.write(CLEANUP);
    await db.write(SETUP);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db.write(CLEANUP);
    await driver.close();
  });

  describe('with ROUTER_SECRET set', () => {
    let url: string;
    beforeAll(async () => {
      url = await start({ routerSecret: SECRET });
    });

    it('answers _service to the router, with @link and @key in the SDL', async () => {
      const response = await postGraphQL(url, SERVICE, {}, { 'x-router-secret': SECRET });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?._service.sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
      expect(response.body.data?._service.sdl).toContain('@key(fields: "gssCode")');
    });

    it('answers _entities to the router', async () => {
      const response = await postGraphQL(url, ENTITIES, { representations: COUNCIL }, { 'x-router-secret': SECRET });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { _entities: [{ id: 'council:t-fed-guard', name: 'Guarded council' }] } });
    });

    it('sends a federated trace (ftv1) to the router when it asks for one', async () => {
      const response = await postGraphQL(url, ENTITIES, { representations: COUNCIL }, { 'x-router-secret': SECRET, ...TRACE });
      expect(response.body.data?._entities).toHaveLength(1);
      expect(typeof response.body.extensions?.ftv1).toBe('string');
      expect(response.body.extensions?.ftv1.length).toBeGreaterThan(10);
    });

    it('refuses _service and _entities without the secret, or with a wrong one', async () => {
      expectRefused(await postGraphQL(url, SERVICE), '_service');
      expectRefused(await postGraphQL(url, ENTITIES, { representations: COUNCIL }), '_entities');
      expectRefused(await postGraphQL(url, SERVICE, {}, { 'x-router-secret': `${SECRET}x` }), '_service');
      expectRefused(await postGraphQL(url, SERVICE, {}, { 'x-router-secret': '' }), '_service');
    });

    it('refuses the federation fields behind aliases, fragments and skipped selections too', async () => {
      expectRefused(await postGraphQL(url, '{ __typename sdl: _service { sdl } }'), '_service');
      expectRefused(await postGraphQL(url, '{ ...F } fragment F on Query { ... on Query { _service { sdl } } }'), '_service');
      expectRefused(
        await postGraphQL(url, 'query ($r: [_Any!]!) { _entities(representations: $r) @skip(if: true) { __typename } }', { r: COUNCIL }),
        '_entities',
      );
    });

    it('keeps the public API working without the secret, and sends it no trace', async () => {
      const response = await postGraphQL(url, '{ programmes { edges { node { id } } } }', {}, TRACE);
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(Array.isArray(response.body.data?.programmes?.edges)).toBe(true);
      expect(response.body.extensions?.ftv1).toBeUndefined();
    });
  });

  it('reads the secret from the configured header', async () => {
    const url = await start({ routerSecret: SECRET, routerSecretHeader: 'x-graph-router' });
    expectRefused(await postGraphQL(url, SERVICE, {}, { 'x-router-secret': SECRET }), '_service');
    const response = await postGraphQL(url, SERVICE, {}, { 'x-graph-router': SECRET });
    expect(response.status).toBe(200);
    expect(response.body.data?._service.sdl).toContain('type Council');
  });

  it('refuses the federation fields and traces to everyone while ROUTER_SECRET is unset', async () => {
    const url = await start({ routerSecret: undefined });
    expectRefused(await postGraphQL(url, SERVICE, {}, { 'x-router-secret': '' }), '_service');
    expectRefused(await postGraphQL(url, ENTITIES, { representations: COUNCIL }, { 'x-router-secret': 'undefined' }), '_entities');
    const publicQuery = await postGraphQL(url, '{ __typename }', {}, { ...TRACE, 'x-router-secret': '' });
    expect(publicQuery.body).toEqual({ data: { __typename: 'Query' } });
  });
});
