import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RunningApp } from '../src/app';
import { postGraphQL } from './helpers/http';
import { startLiveServer } from './helpers/live-server';
import { SeedData } from './helpers/seed-data';

const EXAMPLES_DIR = path.join(__dirname, '..', 'schema', 'examples');
const EXAMPLES = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.graphql')).sort();
const ROUTER_SECRET = 'limits-test-secret';

/**
 * The default limits admit what users legitimately send: every shipped example operation, and a
 * federation router's `_entities` request of 100 representations, over HTTP with the defaults.
 */
describe('the default limits admit real work', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startLiveServer(undefined, { ROUTER_SECRET });
  });

  afterAll(() => app?.stop());

  it.each(EXAMPLES)('runs schema/examples/%s without a refusal', async (file) => {
    const { status, body } = await postGraphQL(app.url, readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('runs a router-shaped _entities request of 100 Council representations', async () => {
    const councils = new SeedData().councils.filter((council) => council.gssCode).slice(0, 100);
    expect(councils).toHaveLength(100);
    const representations = councils.map((council) => ({ __typename: 'Council', gssCode: council.gssCode }));
    const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Council { id name gssCode } } }';
    const { status, body } = await postGraphQL(app.url, query, { representations }, { 'x-router-secret': ROUTER_SECRET });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data?._entities.map((entity: { gssCode: string }) => entity.gssCode)).toEqual(councils.map((c) => c.gssCode));
  });
});
