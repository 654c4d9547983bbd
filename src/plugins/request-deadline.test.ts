import http from 'node:http';
import { AddressInfo } from 'node:net';
import { requestSignal } from './request-deadline';

/** Serves one request whose handler never answers, and hands over the request's signal. */
async function withSignal(timeoutMs: number, client: (url: string) => Promise<unknown>): Promise<AbortSignal> {
  let signal: AbortSignal | undefined;
  const aborted = new Promise<void>((resolve) => {
    const server = http.createServer((req, res) => {
      signal = requestSignal(req, res, timeoutMs);
      signal.addEventListener('abort', () => {
        res.destroy();
        server.close();
        resolve();
      });
    });
    server.listen(0, '127.0.0.1', () => {
      void client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).catch(() => undefined);
    });
  });
  await aborted;
  return signal!;
}

describe('requestSignal', () => {
  it('aborts with REQUEST_CANCELLED when the client disconnects before the answer', async () => {
    const controller = new AbortController();
    const signal = await withSignal(60000, (url) => {
      setTimeout(() => controller.abort(), 100);
      return fetch(url, { signal: controller.signal });
    });
    expect(signal.reason).toMatchObject({ extensions: { code: 'REQUEST_CANCELLED' } });
  });

  it('aborts with DEADLINE_EXCEEDED when the deadline passes first', async () => {
    const started = Date.now();
    const signal = await withSignal(200, (url) => fetch(url));
    expect(signal.reason).toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED', timeoutMs: 200 } });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
