import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Config, loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph, GraphConnection } from '../src/neo4j/connect';
import { buildPublicSchema } from '../src/schema';
import { ApiServer, createApiServer } from '../src/server';
import { RequestCancelledError } from '../src/errors';
import { freePort } from './helpers/free-port';
import { postGraphQL, waitFor } from './helpers/http';

/** A read that keeps Neo4j busy for many seconds (counts to a billion). */
const LONG_READ = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
const TRIVIAL = '{ programmes(first: 1) { totalCount } }';

/**
 * Deadlines, cancellation, load shedding and rate limits against a real embedded Neo4j of this
 * file's own (it is frozen with SIGSTOP and killed): no request outlives its deadline, cancelled
 * work stops in the database, excess load is refused fast with Retry-After, and the API recovers
 * by itself with /ready truthful throughout.
 */
describe('deadlines, cancellation, shedding and faults', () => {
  const logger = createLogger('silent');
  let home: string;
  let config: Config;
  let graph: GraphConnection;
  const servers: ApiServer[] = [];

  /** Starts an API on this file's Neo4j with `overrides`; stopped in afterAll. */
  async function startApi(overrides: Partial<Config>): Promise<{ url: string; ready: string }> {
    const api = await createApiServer(buildPublicSchema(), graph.db, { ...config, ...overrides }, logger);
    servers.push(api);
    const url = await api.listen();
    return { url, ready: url.replace('/graphql', '/ready') };
  }

  async function runningQueries(): Promise<string[]> {
    const rows = await graph.db.read('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery');
    return rows.map((row) => String(row.currentQuery)).filter((query) => query.includes('range(1, 1000000000)'));
  }

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-deadlines-'));
    config = loadConfig({
      neo4jUri: undefined, neo4jDataDir: home, neo4jBoltPort: await freePort(), neo4jHeap: '512m', neo4jPageCache: '64m',
      port: 0, requestTimeoutMs: 3000, readyTimeoutMs: 1000, neo4jAcquisitionTimeoutMs: 1000,
    }, {});
    graph = await connectGraph(config, logger, { restartDelayMs: 1000 });
    await graph.db.write("CREATE (:Programme {id: 'programme:t-deadline', name: 'Deadline fixture', summary: 's', sourceIds: [], sourceNotes: []})");
  }, 180000);

  afterAll(async () => {
    const embedded = graph?.embedded();
    try {
      if (embedded) process.kill(embedded.pid, 'SIGCONT');
    } catch {
      // already gone (the kill test), nothing to resume
    }
    for (const server of servers) await server.stop();
    await graph?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('cancels a running statement in Neo4j as soon as its request is aborted', async () => {
    const controller = new AbortController();
    const running = graph.db.forRequest({ signal: controller.signal }).read(LONG_READ);
    await waitFor(async () => (await runningQueries()).length === 1, 10000, 'the long read to start');
    const aborted = Date.now();
    controller.abort(new RequestCancelledError());
    await expect(running).rejects.toMatchObject({ extensions: { code: 'REQUEST_CANCELLED' } });
    expect(Date.now() - aborted).toBeLessThan(200);
    await waitFor(async () => (await runningQueries()).length === 0, 5000, 'Neo4j to stop the cancelled transaction');
  });

  it('stops a statement at the transaction timeout with DEADLINE_EXCEEDED', async () => {
    const started = Date.now();
    await expect(graph.db.forRequest({ txTimeoutMs: 1000 }).read(LONG_READ)).rejects.toMatchObject({
      extensions: { code: 'DEADLINE_EXCEEDED', retryable: true },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    await waitFor(async () => (await runningQueries()).length === 0, 5000, 'no transaction left running');
  });

  it('answers DATABASE_UNAVAILABLE (503, Retry-After) when no pooled connection frees up in time', async () => {
    const hold = new AbortController();
    const small = await connectGraph({ ...config, neo4jUri: graph.uri, neo4jMaxPoolSize: 1, neo4jAcquisitionTimeoutMs: 500 }, logger);
    try {
      const api = await createApiServer(buildPublicSchema(), small.db, { ...config, neo4jMaxPoolSize: 1 }, logger);
      servers.push(api);
      const url = await api.listen();
      const holding = small.db.forRequest({ signal: hold.signal }).read(LONG_READ).catch(() => undefined);
      await waitFor(async () => (await runningQueries()).length === 1, 10000, 'the pool to be taken');
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TRIVIAL }) });
      const body = await response.json() as { errors: { extensions: Record<string, unknown> }[] };
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(body.errors[0].extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
      hold.abort(new RequestCancelledError());
      await holding;
    } finally {
      await small.driver.close();
    }
  });

  it('sheds requests beyond MAX_IN_FLIGHT at once with 503 SERVER_BUSY and Retry-After', async () => {
    const { url } = await startApi({ maxInFlight: 1 });
    const embedded = graph.embedded()!;
    process.kill(embedded.pid, 'SIGSTOP');
    try {
      const first = postGraphQL(url, TRIVIAL);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TRIVIAL }) });
      expect(Date.now() - started).toBeLessThan(500);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'SERVER_BUSY', retryable: true } }] });
      expect((await first).body.errors?.[0].extensions.code).toBe('DEADLINE_EXCEEDED');
    } finally {
      process.kill(embedded.pid, 'SIGCONT');
    }
  });

  it('limits each client to RATE_LIMIT_MAX requests per window with 429 RATE_LIMITED, by API key when one is sent', async () => {
    const { url } = await startApi({ rateLimitMax: 3, rateLimitWindowMs: 60000 });
    const send = (headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });
    for (let i = 0; i < 3; i += 1) expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', limit: 3 } }] });
    expect((await send({ 'x-api-key': 'team-a' })).status).toBe(200);
  });

  it('with Neo4j frozen past the deadline: every request ends with a coded error within it, /ready says 503, and all recovers', async () => {
    const { url, ready } = await startApi({});
    const embedded = graph.embedded()!;
    process.kill(embedded.pid, 'SIGSTOP');
    const frozenAt = Date.now();
    try {
      const load = Array.from({ length: 20 }, (_, i) => {
        const started = Date.now();
        return postGraphQL(url, `{ programme(id: "programme:t-deadline") { name } p${i}: programmes(first: 1) { totalCount } }`)
          .then((response) => ({ ...response, ms: Date.now() - started }));
      });
      const readyStarted = Date.now();
      const readyStatus = (await fetch(ready)).status;
      expect(readyStatus).toBe(503);
      expect(Date.now() - readyStarted).toBeLessThan(2500);
      const answers = await Promise.all(load);
      for (const answer of answers) {
        expect(answer.ms).toBeLessThan(3000 + 1500);
        expect(['DEADLINE_EXCEEDED', 'DATABASE_UNAVAILABLE', 'SERVER_BUSY']).toContain(answer.body.errors?.[0].extensions.code);
        expect(answer.status).toBe(503);
      }
      // Still frozen past the request deadline: /ready stays truthful and fast.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, frozenAt + 4000 - Date.now())));
      const lateStarted = Date.now();
      expect((await fetch(ready)).status).toBe(503);
      expect(Date.now() - lateStarted).toBeLessThan(2500);
    } finally {
      process.kill(embedded.pid, 'SIGCONT');
    }
    const resumedAt = Date.now();
    await waitFor(async () => (await fetch(ready)).status === 200, 30000, '/ready to turn 200');
    const readyAfterMs = Date.now() - resumedAt;
    await waitFor(async () => (await postGraphQL(url, '{ programme(id: "programme:t-deadline") { name } }')).body.data?.programme?.name === 'Deadline fixture', 30000, 'queries to work');
    const queriesAfterMs = Date.now() - resumedAt;
    process.stderr.write(`[faults] frozen ${resumedAt - frozenAt} ms; after SIGCONT: /ready 200 in ${readyAfterMs} ms, queries in ${queriesAfterMs} ms\n`);
  }, 60000);

  it('with Neo4j killed under load: coded errors fast, /ready 503, then recovery by itself with /ready truthful', async () => {
    const { url, ready } = await startApi({});
    const crashed = graph.embedded()!;
    const killedAt = Date.now();
    process.kill(crashed.pid, 'SIGKILL');
    await waitFor(async () => (await fetch(ready)).status === 503, 5000, '/ready to turn 503');
    const answers = await Promise.all(Array.from({ length: 20 }, async () => {
      const started = Date.now();
      const response = await postGraphQL(url, TRIVIAL);
      return { ...response, ms: Date.now() - started };
    }));
    for (const answer of answers) {
      expect(answer.ms).toBeLessThan(4500);
      if (answer.body.errors) expect(['DEADLINE_EXCEEDED', 'DATABASE_UNAVAILABLE', 'SERVER_BUSY']).toContain(answer.body.errors[0].extensions.code);
    }
    // /ready must never say 200 while queries fail: poll both until the API has recovered.
    let readyAt: number | undefined;
    await waitFor(async () => {
      const isReady = (await fetch(ready)).status === 200;
      const works = (await postGraphQL(url, '{ programme(id: "programme:t-deadline") { name } }')).body.data?.programme?.name === 'Deadline fixture';
      if (isReady && !works) throw new Error('/ready said 200 while a query failed');
      if (isReady) readyAt ??= Date.now();
      return isReady && works;
    }, 240000, 'recovery after the crash');
    process.stderr.write(`[faults] killed; /ready 200 and queries working ${Date.now() - killedAt} ms after SIGKILL (ready first at +${(readyAt ?? 0) - killedAt} ms)\n`);
  }, 300000);
});
