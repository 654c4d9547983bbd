import { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph, GraphConnection } from '../src/neo4j/connect';
import { startTracing, Tracing } from '../src/observability/tracing';
import { buildApiSubgraphSchema } from '../src/schema';
import { ApiServer, createApiServer } from '../src/server';
import { waitFor } from './helpers/http';

/** A caller's W3C trace context: trace id, parent span id, sampled. */
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;

describe('OpenTelemetry tracing', () => {
  it('is off by default: nothing is registered', () => {
    expect(startTracing(loadConfig({}, {}))).toBeUndefined();
  });

  describe('with OTEL_ENABLED', () => {
    const exporter = new InMemorySpanExporter();
    const logger = createLogger('silent');
    let tracing: Tracing | undefined;
    let graph: GraphConnection;
    let server: ApiServer;
    let url: string;

    beforeAll(async () => {
      const config = loadConfig({ port: 0, otelEnabled: true });
      tracing = startTracing(config, exporter);
      graph = await connectGraph(config, logger);
      server = await createApiServer(buildApiSubgraphSchema(), graph.db, config, logger);
      url = await server.listen();
    });

    afterAll(async () => {
      await server?.stop();
      await graph?.close();
      await tracing?.stop();
    });

    const spans = () => exporter.getFinishedSpans();
    const parentId = (span: ReadableSpan) => span.parentSpanContext?.spanId;

    it('records a span per request, named for the operation, continuing the caller\'s trace', async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: TRACEPARENT },
        body: JSON.stringify({ query: 'query TracedCouncils { councils(first: 2) { edges { node { name } } } }' }),
      });
      expect(response.status).toBe(200);
      await waitFor(async () => spans().some((s) => s.name === 'query TracedCouncils'), 5000, 'the request span');
      const request = spans().find((s) => s.name === 'query TracedCouncils')!;
      expect(request.spanContext().traceId).toBe(TRACE_ID);
      expect(request.attributes).toMatchObject({
        'graphql.operation.name': 'TracedCouncils',
        'graphql.operation.type': 'query',
        'http.response.status_code': 200,
        'request.id': response.headers.get('x-request-id'),
      });

      const statements = spans().filter((s) => s.name === 'neo4j.statement' && parentId(s) === request.spanContext().spanId);
      expect(statements.length).toBeGreaterThan(0);
      expect(statements[0].attributes['db.system']).toBe('neo4j');
      expect(statements[0].attributes['db.query.text']).toMatch(/MATCH/);
    });
  });
});
