import { Writable } from 'node:stream';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import pino from 'pino';
import { RunningApp, startApp } from '../src/app';
import { loadConfig } from '../src/config';
import { Context } from '../src/context';
import { createLogger } from '../src/logger';
import { refusals } from '../src/observability/metrics';
import { createApiServer } from '../src/server';
import { postGraphQL } from './helpers/http';
import { connectTestDb } from './helpers/test-graph';

const COUNCIL_NAMES = 'query CouncilNames { councils(first: 2) { edges { node { name } } } }';

/** The value of one sample in Prometheus text (`name{labels} value`); 0 when it is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** A pino logger whose JSON lines are collected in `lines`. */
function capturingLogger(lines: Record<string, any>[]) {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      chunk.toString().split('\n').filter(Boolean).forEach((line: string) => lines.push(JSON.parse(line)));
      done();
    },
  });
  return pino({ level: 'info' }, sink);
}

describe('observability of the HTTP API', () => {
  const logLines: Record<string, any>[] = [];
  let app: RunningApp;
  let base: string;
  const metrics = async () => (await fetch(`${base}/metrics`)).text();

  beforeAll(async () => {
    app = await startApp(loadConfig({ port: 0, seedOnStart: false }), capturingLogger(logLines));
    base = app.url.replace('/graphql', '');
  });

  afterAll(() => app?.stop());

  it('serves Prometheus metrics at /metrics, with the Node process metrics', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('# TYPE graphql_requests_total counter');
    expect(text).toContain('# TYPE graphql_request_duration_seconds histogram');
    expect(text).toContain('# TYPE graphql_refusals_total counter');
    expect(text).toContain('# TYPE neo4j_statement_duration_seconds histogram');
    expect(text).toContain('# TYPE neo4j_statements_in_flight gauge');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('counts requests by operation name and outcome, with their latency', async () => {
    const series = 'graphql_requests_total{operation="CouncilNames",outcome="ok"}';
    const latency = 'graphql_request_duration_seconds_count{operation="CouncilNames",outcome="ok"}';
    const rejected = 'graphql_requests_total{operation="unknown",outcome="rejected"}';
    const before = await metrics();
    expect((await postGraphQL(app.url, COUNCIL_NAMES)).status).toBe(200);
    await postGraphQL(app.url, COUNCIL_NAMES);
    await postGraphQL(app.url, '{ noSuchField }');
    const after = await metrics();
    expect(sample(after, series) - sample(before, series)).toBe(2);
    expect(sample(after, latency) - sample(before, latency)).toBe(2);
    expect(sample(after, rejected) - sample(before, rejected)).toBe(1);
  });

  it('counts Cypher statements and their latency', async () => {
    const before = await metrics();
    await postGraphQL(app.url, COUNCIL_NAMES);
    const after = await metrics();
    expect(sample(after, 'neo4j_statements_total{outcome="ok"}')).toBeGreaterThan(sample(before, 'neo4j_statements_total{outcome="ok"}'));
    expect(sample(after, 'neo4j_statement_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(
      sample(before, 'neo4j_statement_duration_seconds_count{outcome="ok"}'),
    );
    expect(sample(after, 'neo4j_statements_in_flight')).toBe(0);
  });

  it('shows refusals counted by the limits, by limit', async () => {
    refusals.inc({ limit: 'depth' });
    expect(sample(await metrics(), 'graphql_refusals_total{limit="depth"}')).toBeGreaterThanOrEqual(1);
  });

  it('gives every request an id, sent back in x-request-id and logged with the request', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines.find((l) => l.req?.id === id);
    expect(line).toMatchObject({ msg: 'request completed', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(JSON.stringify(line)).not.toContain('headers');
  });

  it("keeps a proxy's well-formed request id and replaces a malformed one", async () => {
    const kept = await fetch(`${base}/health`, { headers: { 'x-request-id': 'edge-7f3a.42' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a.42');
    const replaced = await fetch(`${base}/health`, { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the request id on the GraphQL context', () => {
  const testDb = connectTestDb();
  afterAll(() => testDb.driver.close());

  it('is the id sent back in the x-request-id header', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType<unknown, Context>({
        name: 'Query',
        fields: { requestId: { type: GraphQLString, resolve: (_root, _args, context) => context.requestId } },
      }),
    });
    const config = loadConfig({ port: 0 });
    const server = await createApiServer(schema, testDb.db, config, createLogger('silent'));
    const url = await server.listen();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ requestId }' }),
      });
      const body = (await response.json()) as { data: { requestId: string } };
      expect(body.data.requestId).toBe(response.headers.get('x-request-id'));
    } finally {
      await server.stop();
    }
  });
});

describe('operation names in metrics', () => {
  const testDb = connectTestDb();
  afterAll(() => testDb.driver.close());

  it('counts names past METRICS_MAX_OPERATION_NAMES as "other", so clients cannot grow /metrics', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
    });
    const server = await createApiServer(schema, testDb.db, loadConfig({ port: 0, metricsMaxOperationNames: 2 }), createLogger('silent'));
    const url = await server.listen();
    try {
      for (const name of ['CapA', 'CapB', 'CapC', 'CapD', 'CapA']) await postGraphQL(url, `query ${name} { ok }`);
      const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
      expect(sample(text, 'graphql_requests_total{operation="CapA",outcome="ok"}')).toBe(2);
      expect(sample(text, 'graphql_requests_total{operation="CapB",outcome="ok"}')).toBe(1);
      expect(text).not.toContain('CapC');
      expect(sample(text, 'graphql_requests_total{operation="other",outcome="ok"}')).toBeGreaterThanOrEqual(2);
    } finally {
      await server.stop();
    }
  });

  it('serves no /metrics when METRICS_ENABLED is false', async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
    });
    const server = await createApiServer(schema, testDb.db, loadConfig({ port: 0, metricsEnabled: false }), createLogger('silent'));
    const url = await server.listen();
    try {
      expect((await fetch(url.replace('/graphql', '/metrics'))).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
