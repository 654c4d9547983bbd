import { RunningApp } from '../src/app';
import { aliasedQuery } from './helpers/attacks';
import { postGraphQL } from './helpers/http';
import { startLiveServer } from './helpers/live-server';

const INTROSPECTION = '{ __schema { queryType { name } } }';

/**
 * The checks of graphql-cop (a GraphQL security auditor), as tests against the live server in
 * production mode: each probe must find the server not vulnerable.
 */
describe('graphql-cop probes against the live server (NODE_ENV=production)', () => {
  let app: RunningApp;
  let closed: RunningApp;

  beforeAll(async () => {
    app = await startLiveServer('production');
    closed = await startLiveServer('production', { INTROSPECTION: 'false' });
  });

  afterAll(async () => {
    await app?.stop();
    await closed?.stop();
  });

  it('introspection: on by default (the SDL is public), refused with INTROSPECTION=false', async () => {
    expect((await postGraphQL(app.url, INTROSPECTION)).body.data?.__schema.queryType.name).toBe('Query');
    const refused = await postGraphQL(closed.url, INTROSPECTION);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('field suggestions: given while introspection is on, hidden when it is off', async () => {
    expect((await postGraphQL(app.url, '{ projectz { totalCount } }')).body.errors?.[0].message).toMatch(/Did you mean/);
    const hidden = await postGraphQL(closed.url, '{ projectz { totalCount } }');
    expect(hidden.body.errors?.[0].message).not.toMatch(/Did you mean|projects/);
  });

  it('GET-based queries need the CSRF preflight header; GET mutations are refused', async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const mutation = await fetch(`${app.url}?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
  });

  it('POST with a form-encoded body (CSRF) is refused', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { __typename }')}`,
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('array-based batching is refused', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('alias overloading (101 aliases) is refused', async () => {
    const { status, body } = await postGraphQL(app.url, aliasedQuery(101, '__typename'));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('ALIAS_LIMIT_EXCEEDED');
  });

  it('directive overloading is refused', async () => {
    const { status, body } = await postGraphQL(app.url, `query cop { __typename ${'@aa'.repeat(50)} }`);
    expect(status).toBe(400);
    expect(body.errors?.map((e: any) => e.extensions.code)).toContain('DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('field duplication (500 x __typename) is refused', async () => {
    const { status, body } = await postGraphQL(app.url, `query cop { ${'__typename '.repeat(500)} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('FIELD_DUPLICATION_LIMIT_EXCEEDED');
  });

  it('circular introspection is refused', async () => {
    const query = 'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }';
    const { status, body } = await postGraphQL(app.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('INTROSPECTION_CYCLE_REFUSED');
  });

  it('trace and debug modes leak nothing (no tracing extension, no stack, no ftv1)', async () => {
    const response = await fetch(`${app.url}?debug=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query: '{ __typename nope }' }),
    });
    const text = await response.text();
    expect(text).not.toMatch(/stacktrace|tracing|ftv1|exception|\/work\/|node_modules/i);
  });

  it('unhandled errors: a malformed document gets a coded parse error, no exception text', async () => {
    const { status, body } = await postGraphQL(app.url, 'qwerty cop { abc }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(JSON.stringify(body)).not.toMatch(/exception|stack/i);
  });
});
