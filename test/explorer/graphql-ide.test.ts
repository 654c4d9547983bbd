import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startApp } from '../../src/app';
import { postGraphQL } from '../helpers/http';
import { SCREENSHOTS, useBrowserAgainstApi } from '../helpers/browser';

describe('the offline GraphQL IDE at /graphql', () => {
  const api = useBrowserAgainstApi();

  it('answers a browser with the IDE page under a strict CSP, and JSON clients as before', async () => {
    const page = await fetch(api.graphqlUrl(), { headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/graphql-ide/ide.js');

    const json = await fetch(api.graphqlUrl(), { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).toMatch(/json/);
    const { status, body } = await postGraphQL(api.graphqlUrl(), '{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${api.graphqlUrl()}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'text/html, application/json;q=0.9', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('loads with no request leaving 127.0.0.1, runs a query and loads an example from schema/examples/', async () => {
    const page = await api.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const isOperation = (name: string) => (response: { url(): string; request(): { postData(): string | null } }) =>
      response.url() === api.graphqlUrl() && (response.request().postData() ?? '').includes(name);
    // GraphiQL fetches the schema first; running an operation before it has is not what a person does.
    const schemaLoaded = page.waitForResponse(isOperation('IntrospectionQuery'));
    await page.goto(api.graphqlUrl());
    await page.locator('.graphiql-container').waitFor();
    await schemaLoaded;
    await page.getByRole('button', { name: 'Show Examples' }).click();
    await page.locator('.example-button[data-example="lineage-no-wrong-door"]').click();
    await page.locator('.graphiql-query-editor .CodeMirror-code', { hasText: 'no-wrong-door' }).waitFor();
    // GraphiQL names the tab after the operation once it has parsed the new text (debounced).
    await page.locator('.graphiql-tab', { hasText: 'LineageOfNoWrongDoor' }).waitFor();
    await Promise.all([page.waitForResponse(isOperation('LineageOfNoWrongDoor')), page.locator('.graphiql-execute-button').click()]);
    const resultText = () => page.evaluate(() => (globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue() ?? '');
    await page.waitForFunction(() => ((globalThis as any).document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue() ?? '').includes('"data"'), null, { timeout: 10000 })
      .catch(async (error) => {
        throw new Error(`${error.message}; result pane: ${(await resultText()).slice(0, 300)}`);
      });
    const result = await resultText();
    expect(JSON.parse(result).data.lineage.length).toBeGreaterThan(1);
    expect(result).toContain('SFPC: No Wrong Door');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'graphql-ide.png') });

    const leaving = requested.filter((url) => !url.startsWith(`${api.origin()}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(leaving).toEqual([]);
    expect(requested).toContain(`${api.origin()}/graphql-ide/ide.js`);
    await page.close();
  });

  it('is off with GRAPHQL_IDE=false: a browser gets Apollo\'s plain refusal, not a CDN page', async () => {
    expect(loadConfig({}, { GRAPHQL_IDE: 'false' }).graphqlIde).toBe(false);
    const app = await startApp(loadConfig({ port: 0, seedOnStart: false, graphqlIde: false }), createLogger('silent'));
    try {
      const response = await fetch(app.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(/<html|cdn/i);
    } finally {
      await app.stop();
    }
  });
});
