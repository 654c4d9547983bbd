import net from 'node:net';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { RunningApp, startApp } from '../src/app';
import { freePort } from './helpers/free-port';
import { postGraphQL } from './helpers/http';

describe('the HTTP server', () => {
  const logger = createLogger('silent');
  let app: RunningApp;

  beforeAll(async () => {
    // NEO4J_URI points at the test run's Neo4j (global-setup); port 0 picks a free port.
    app = await startApp(loadConfig({ port: 0, seedOnStart: false }), logger);
  });

  afterAll(() => app?.stop());

  it('answers GraphQL over HTTP at /graphql', async () => {
    expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    const { status, body } = await postGraphQL(app.url, '{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports liveness at /health and readiness at /ready', async () => {
    const health = await fetch(app.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(app.url.replace('/graphql', '/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers a malformed query with a coded validation error', async () => {
    const { body } = await postGraphQL(app.url, '{ noSuchField }');
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('fails before starting Neo4j when the API port is taken, naming the port and PORT', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    try {
      await expect(startApp(loadConfig({ port }), logger)).rejects.toMatchObject({
        code: 'PORT_IN_USE',
        message: `HTTP port ${port} on 127.0.0.1 is already in use. Set PORT to a free port.`,
      });
    } finally {
      blocker.close();
    }
  });
});
