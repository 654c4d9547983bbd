import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../src/neo4j/embedded-launcher';
import { freePort } from './helpers/free-port';

describe('embedded Neo4j launcher settings', () => {
  let home: string;
  let instance: EmbeddedNeo4j;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'launcher-settings-'));
    instance = await startEmbeddedNeo4j({
      home, port: await freePort(), heap: '512m', pageCache: '32m', txMemoryMax: '300m', timeoutMs: 120000,
    });
  }, 180000);

  afterAll(async () => {
    await instance?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('passes NEO4J_TX_MEMORY_MAX to Neo4j as the global transaction memory limit', async () => {
    const driver = neo4j.driver(instance.uri);
    try {
      const { records } = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.memory.transaction.total.max' RETURN value",
      );
      expect(records.map((r) => r.get('value'))).toEqual(['300.00MiB']);
    } finally {
      await driver.close();
    }
  });
});
