import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { RunningApp, startApp } from '../src/app';
import { aliasedQuery, deepQuery, fragmentBombQuery, longOrderBy, manyTokensQuery, nestedAndWhere, nestedRelationWhere, wideOrWhere } from './helpers/attacks';
import { postGraphQL } from './helpers/http';
import { Lexer, Source, TokenKind } from 'graphql';

function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/**
 * Issue 10's attacks against the real server with its default limits: each is refused before any
 * Cypher runs, with HTTP 400 and a code naming the limit and the numbers, fast, while a trivial
 * query from another client is still answered.
 */
describe('request limits (default configuration, over HTTP)', () => {
  let app: RunningApp;
  let statements = 0;

  beforeAll(async () => {
    app = await startApp(loadConfig({ port: 0, seedOnStart: false }), createLogger('silent'));
    app.graph.db.onStatement(() => {
      statements += 1;
    });
  });

  afterAll(() => app?.stop());

  /** Sends `query` and checks it is refused with `code`, no statement run, and returns the error. */
  async function expectRefused(query: string, variables: Record<string, unknown>, code: string) {
    const before = statements;
    const started = Date.now();
    const { status, body } = await postGraphQL(app.url, query, variables);
    const elapsed = Date.now() - started;
    expect({ status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code });
    expect(body.data ?? undefined).toBeUndefined();
    expect(statements - before).toBe(0);
    expect(elapsed).toBeLessThan(5000);
    return body.errors![0];
  }

  it.each([20, 50])('refuses relationship fields nested %i deep at the default page size (depth)', async (depth) => {
    const error = await expectRefused(deepQuery(depth), {}, 'DEPTH_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'depth', max: 12 });
    expect(error.extensions.found).toBeGreaterThan(12);
  });

  it('refuses a shallow query whose nested default pages multiply past the cost limit (cost)', async () => {
    const query = '{ projects { edges { node { leadCouncils { projectsLed { themes { projects { id } } } } } } } }';
    const error = await expectRefused(query, {}, 'COST_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'cost', max: 100000 });
    expect(error.extensions.found).toBeGreaterThan(100000);
  });

  it.each([
    [1000, 'lineage(projectId: "project:no-wrong-door") { depth }'],
    [5000, 'lineage(projectId: "project:no-wrong-door") { depth }'],
    [1000, 'neighbourhood(id: "council:E10000015") { nodes { id } }'],
    [5000, 'neighbourhood(id: "council:E10000015") { nodes { id } }'],
    [1000, 'search(text: "family") { score }'],
  ])('refuses %i aliases of %s (tokens, or aliases when the document is shorter)', async (count, field) => {
    const query = aliasedQuery(count, field);
    const code = countTokens(query) > 3000 ? 'TOKEN_LIMIT_EXCEEDED' : 'ALIAS_LIMIT_EXCEEDED';
    const error = await expectRefused(query, {}, code);
    expect(error.extensions.max).toBe(code === 'TOKEN_LIMIT_EXCEEDED' ? 3000 : 30);
  });

  it.each([
    'lineage(projectId: "project:no-wrong-door") { depth }',
    'neighbourhood(id: "council:E10000015") { nodes { id } }',
    'search(text: "family") { score }',
  ])('refuses 31 aliases of %s (aliases)', async (field) => {
    const error = await expectRefused(aliasedQuery(31, field), {}, 'ALIAS_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'aliases', max: 30, found: 31 });
  });

  it('refuses 101 aliases of __typename, naming the alias limit', async () => {
    const error = await expectRefused(aliasedQuery(101, '__typename'), {}, 'ALIAS_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'aliases', max: 30, found: 101 });
  });

  it('refuses a document of 100,001 tokens (tokens)', async () => {
    const error = await expectRefused(manyTokensQuery(100001), {}, 'TOKEN_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'tokens', max: 3000 });
  });

  it('refuses a 2,000-field fragment spread 200 times', async () => {
    await expectRefused(fragmentBombQuery(2000, 200), {}, 'TOKEN_LIMIT_EXCEEDED');
  });

  it('refuses directive overloading (directives)', async () => {
    const query = `{ __typename ${Array.from({ length: 50 }, () => '@include(if: true)').join(' ')} }`;
    const error = await expectRefused(query, {}, 'DIRECTIVE_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'directives', max: 20, found: 50 });
  });

  const PROJECTS = 'query ($where: ProjectWhere, $orderBy: [ProjectOrder!]) { projects(first: 5, where: $where, orderBy: $orderBy) { edges { node { id } } } }';

  it('refuses orderBy with 10,000 keys (list length)', async () => {
    const error = await expectRefused(PROJECTS, { orderBy: longOrderBy(10000) }, 'LIST_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'listLength', max: 100, found: 10000 });
  });

  it('refuses orderBy with more sort keys than the order compiler allows', async () => {
    const { status, body } = await postGraphQL(app.url, PROJECTS, { orderBy: longOrderBy(6) });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'ORDER_LIMIT_EXCEEDED', limit: 'orderKeys', max: 5, found: 6 });
  });

  it('refuses where: { OR: [10,000 terms] } (list length)', async () => {
    await expectRefused(PROJECTS, { where: wideOrWhere(10000) }, 'LIST_LIMIT_EXCEEDED');
  });

  it('refuses many short lists that together hold too many values (input size)', async () => {
    const where = { OR: Array.from({ length: 100 }, () => wideOrWhere(20)) };
    const error = await expectRefused(PROJECTS, { where }, 'INPUT_SIZE_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'inputSize', max: 1000 });
  });

  it('refuses AND nested 1,000 deep (input depth), also written inline', async () => {
    await expectRefused(PROJECTS, { where: nestedAndWhere(1000) }, 'INPUT_DEPTH_LIMIT_EXCEEDED');
    const inline = `{ projects(where: ${JSON.stringify(nestedAndWhere(30)).replace(/"(\w+)":/g, '$1:')}) { totalCount } }`;
    await expectRefused(inline, {}, 'INPUT_DEPTH_LIMIT_EXCEEDED');
  });

  it('refuses relation filters nested 8 deep (input depth)', async () => {
    const error = await expectRefused(PROJECTS, { where: nestedRelationWhere(8) }, 'INPUT_DEPTH_LIMIT_EXCEEDED');
    expect(error.extensions).toMatchObject({ limit: 'inputDepth', max: 12 });
  });

  it('still runs relation filters nested 3 deep', async () => {
    const { status, body } = await postGraphQL(app.url, PROJECTS, { where: nestedRelationWhere(3) });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses circular introspection but answers the standard introspection query', async () => {
    const circular = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    await expectRefused(circular, {}, 'INTROSPECTION_CYCLE_REFUSED');
    const { getIntrospectionQuery } = await import('graphql');
    const { status, body } = await postGraphQL(app.url, getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });

  it('answers mutation and subscription operations with a coded 400, not an unexpected error', async () => {
    for (const operation of ['mutation { __typename }', 'subscription { __typename }']) {
      const { status, body } = await postGraphQL(app.url, operation);
      expect(status).toBe(400);
      expect(body.errors?.[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    }
  });

  it('answers more than 50 bad list items with BAD_USER_INPUT', async () => {
    const query = 'query ($ids: [ID!]!) { projects(where: { id: { in: $ids } }) { totalCount } }';
    const { status, body } = await postGraphQL(app.url, query, { ids: Array.from({ length: 60 }, () => ({ bad: true })) });
    expect(status).toBe(400);
    expect(body.errors?.every((e: any) => e.extensions.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('answers a trivial query from another client while attacks are refused, with bounded memory', async () => {
    const rssBefore = process.memoryUsage().rss;
    const attacks = Array.from({ length: 20 }, (_, i) => postGraphQL(app.url, deepQuery(20 + i)));
    const trivialStarted = Date.now();
    const trivial = await postGraphQL(app.url, '{ project(id: "project:no-wrong-door") { name } }');
    const trivialMs = Date.now() - trivialStarted;
    const refused = await Promise.all(attacks);
    expect(trivial.body.data?.project.name).toBe('No Wrong Door (North Yorkshire)');
    expect(trivialMs).toBeLessThan(5000);
    expect(refused.every((r) => r.status === 400)).toBe(true);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });
});
