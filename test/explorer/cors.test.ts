import http from 'node:http';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { SCREENSHOTS, useBrowserAgainstApi } from '../helpers/browser';
import { freePort } from '../helpers/free-port';

/** A page on another local port whose script POSTs `{ __typename }` to the API and shows the outcome. */
function startOtherSite(port: number): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>other site</title><p id="out">waiting</p>');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('CORS on /graphql (CORS_ORIGINS)', () => {
  let allowedPort: number;
  let refusedPort: number;
  const sites: http.Server[] = [];
  const allowedOrigin = () => `http://127.0.0.1:${allowedPort}`;

  beforeAll(async () => {
    allowedPort = await freePort();
    refusedPort = await freePort();
    sites.push(await startOtherSite(allowedPort), await startOtherSite(refusedPort));
  });
  afterAll(() =>
    Promise.all(
      sites.map((site) => {
        site.closeAllConnections(); // Chromium keeps connections alive
        return new Promise((resolve) => site.close(resolve));
      }),
    ),
  );

  // The API under test allows exactly the first site's origin (known once its port is picked).
  const api = useBrowserAgainstApi(() => ({ corsOrigins: [allowedOrigin()] }));

  it('reads CORS_ORIGINS as a comma-separated list, with Vite dev and preview servers by default', () => {
    expect(loadConfig({}, {}).corsOrigins).toContain('http://localhost:5173');
    expect(loadConfig({}, { CORS_ORIGINS: 'http://localhost:3000, https://app.example.org' }).corsOrigins).toEqual(['http://localhost:3000', 'https://app.example.org']);
    expect(loadConfig({}, { CORS_ORIGINS: '' }).corsOrigins).toEqual([]);
    expect(() => loadConfig({}, { CORS_ORIGINS: 'localhost:3000' })).toThrow(
      'CORS_ORIGINS must list origins such as http://localhost:5173 (or *), but got: localhost:3000',
    );
  });

  it('answers a preflight from an allowed origin, and gives a refused origin no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(api.graphqlUrl(), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight(allowedOrigin());
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(allowedOrigin());
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
    const refused = await preflight(`http://127.0.0.1:${refusedPort}`);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a page on an allowed local port call the API from the browser, and the browser refuses another port', async () => {
    const callFrom = async (port: number) => {
      const page = await api.newPage();
      await page.goto(`http://127.0.0.1:${port}/`);
      const outcome = await page.evaluate(async (url) => {
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
          return JSON.stringify(await response.json());
        } catch (error) {
          return `refused: ${(error as Error).name}`;
        }
      }, api.graphqlUrl());
      await page.evaluate((text) => ((globalThis as any).document.getElementById('out').textContent = text), outcome);
      if (port === allowedPort) await page.screenshot({ path: path.join(SCREENSHOTS, 'cors-allowed-origin.png') });
      await page.close();
      return outcome;
    };
    await expect(callFrom(allowedPort)).resolves.toBe('{"data":{"__typename":"Query"}}');
    await expect(callFrom(refusedPort)).resolves.toBe('refused: TypeError');
  });
});
