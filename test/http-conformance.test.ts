import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditServer } from 'graphql-http';
import { RunningApp } from '../src/app';
import { startLiveServer } from './helpers/live-server';

const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/**
 * graphql-http's server audits (the GraphQL-over-HTTP specification) against the live server in
 * development and production mode: every MUST passes, and every SHOULD or MAY that does not is
 * named in README.md with its reason. Also the HTTP answers outside GraphQL: malformed JSON, an
 * oversized body and unknown paths are coded JSON errors, and stack traces appear only in
 * development.
 */
describe.each(['development', 'production'])('the live server with NODE_ENV=%s', (nodeEnv) => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLiveServer(nodeEnv);
  });

  afterAll(() => app?.stop());

  it('passes every MUST audit of graphql-http; README names each SHOULD/MAY it does not meet', async () => {
    const results = await auditServer({ url: app.url });
    const failed = results.filter((result) => result.status !== 'ok');
    const musts = results.filter((result) => result.name.startsWith('MUST'));
    expect(musts.length).toBeGreaterThan(10);
    expect(failed.filter((result) => result.name.startsWith('MUST')).map((r) => r.name)).toEqual([]);
    const undocumented = failed.map((result) => result.name).filter((name) => !README.includes(name));
    expect(undocumented).toEqual([]);
    const count = (level: string) => {
      const all = results.filter((r) => r.name.startsWith(level));
      return `${all.length - all.filter((r) => r.status !== 'ok').length}/${all.length}`;
    };
    process.stderr.write(`[audits ${nodeEnv}] MUST ${count('MUST')}, SHOULD ${count('SHOULD')}, MAY ${count('MAY')}\n`);
  });

  it('answers malformed JSON with a coded 400 JSON error and no stack', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'MALFORMED_JSON' } }] });
    expect(text).not.toMatch(/at \S+ \(|\/work\/|node_modules/);
  });

  it('answers an oversized body with a coded 413', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers an unknown path with a coded JSON 404', async () => {
    const response = await fetch(app.url.replace('/graphql', '/nothing-here'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it(`includes stack traces in errors only in development (here: ${nodeEnv === 'development' ? 'yes' : 'no'})`, async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ projects(first: 500) { totalCount } }' }),
    });
    const body = await response.json() as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect('stacktrace' in body.errors[0].extensions).toBe(nodeEnv === 'development');
  });

  it('sends helmet security headers', async () => {
    const response = await fetch(app.url.replace('/graphql', '/health'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
