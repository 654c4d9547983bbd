import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Config, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph, GraphConnection } from '../src/neo4j/connect';
import { buildPublicSchema } from '../src/schema';
import { ApiServer, createApiServer } from '../src/server';
import { freePort } from './helpers/free-port';
import { postGraphQL, waitFor } from './helpers/http';

/**
 * Faults of a running system, against its own embedded Neo4j (password-protected, in a temporary
 * home): wrong credentials, an unreachable server, and a crash (kill -9) of Neo4j while the API
 * runs: readiness drops, requests fail with a coded error, the supervisor restarts Neo4j, the API
 * recovers by itself and no committed transaction is lost.
 */
describe('faults of the running system', () => {
  const logger = createLogger('silent');
  let home: string;
  let config: Config;
  let graph: GraphConnection;
  let api: ApiServer;
  let url: string;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-faults-'));
    config = loadConfig(
      { neo4jUri: undefined, neo4jDataDir: home, neo4jBoltPort: await freePort(), neo4jPassword: 'right-password', neo4jHeap: '512m', neo4jPageCache: '64m', port: 0 },
      {},
    );
    // A long restart delay leaves a window in which the database is certainly down.
    graph = await connectGraph(config, logger, { restartDelayMs: 30000 });
    api = await createApiServer(buildPublicSchema(), graph.db, config, logger);
    url = await api.listen();
  }, 180000);

  afterAll(async () => {
    await api?.stop();
    await graph?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('refuses wrong credentials at once with DATABASE_AUTH_FAILED', async () => {
    const wrong = loadConfig({ neo4jUri: graph.uri, neo4jPassword: 'wrong-password', neo4jConnectTimeoutMs: 20000 }, {});
    await expect(connectGraph(wrong, logger)).rejects.toMatchObject({
      extensions: { code: 'DATABASE_AUTH_FAILED' },
    });
  });

  it('gives up on an unreachable NEO4J_URI within the configured bound, with DATABASE_UNAVAILABLE', async () => {
    const unreachable = loadConfig({ neo4jUri: `bolt://127.0.0.1:${await freePort()}`, neo4jConnectTimeoutMs: 3000 }, {});
    await expect(connectGraph(unreachable, logger)).rejects.toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      message: expect.stringContaining('unavailable'),
    });
  });

  it('turns /ready to 503 and requests to DATABASE_UNAVAILABLE when Neo4j dies, then recovers with the data intact', async () => {
    await graph.db.write("CREATE (:Programme {id: 'programme:t-durable', name: 'Committed before the crash', summary: 's', sourceIds: [], sourceNotes: []})");
    expect((await fetch(url.replace('/graphql', '/ready'))).status).toBe(200);

    const crashed = graph.embedded()!;
    process.kill(crashed.pid, 'SIGKILL');
    await waitFor(async () => (await fetch(url.replace('/graphql', '/ready'))).status === 503, 10000, '/ready to turn 503');

    const failing = await postGraphQL(url, '{ programme(id: "programme:t-durable") { name } }');
    expect(failing.body.errors?.[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);

    await waitFor(async () => graph.embedded()!.pid !== crashed.pid, 240000, 'the supervisor to restart Neo4j');
    await waitFor(async () => (await fetch(url.replace('/graphql', '/ready'))).status === 200, 30000, '/ready to turn 200');
    const recovered = await postGraphQL(url, '{ programme(id: "programme:t-durable") { name } }');
    expect(recovered.body).toEqual({ data: { programme: { name: 'Committed before the crash' } } });
  }, 400000);
});
