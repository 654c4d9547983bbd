import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../src/neo4j/embedded-launcher';
import { freePort } from './helpers/free-port';

describe('embedded Neo4j launcher settings', () => {
  let home: string;
  let instance: EmbeddedNeo4j;

  // 15 s rather than a few: Neo4j's own start-up transactions are bound by it too, and on a
  // loaded machine they took longer than 4 s.
  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'launcher-settings-'));
    instance = await startEmbeddedNeo4j({
      home, port: await freePort(), heap: '512m', pageCache: '32m', txMemoryMax: '300m',
      txTimeoutMs: 15000, txMemoryPerTx: '200m', timeoutMs: 120000,
    });
  }, 180000);

  afterAll(async () => {
    await instance?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  /** The value Neo4j reports for setting `name`. */
  async function setting(name: string): Promise<unknown> {
    const driver = neo4j.driver(instance.uri);
    try {
      const { records } = await driver.executeQuery('SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value', { name });
      return records[0]?.get('value');
    } finally {
      await driver.close();
    }
  }

  it('passes NEO4J_TX_TIMEOUT_MS to Neo4j as db.transaction.timeout', async () => {
    expect(await setting('db.transaction.timeout')).toBe('15s');
  });

  it('passes NEO4J_TX_MEMORY_PER_TX to Neo4j as the memory cap of one transaction', async () => {
    expect(await setting('db.memory.transaction.max')).toBe('200.00MiB');
  });

  it('turns Neo4j anonymous usage reporting off', async () => {
    expect(await setting('dbms.usage_report.enabled')).toBe('false');
  });

  it('terminates a transaction that runs past the timeout, with a coded error', async () => {
    const driver = neo4j.driver(instance.uri);
    const started = Date.now();
    try {
      await expect(
        driver.executeQuery('UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(*)'),
      ).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut|Terminated/) });
      expect(Date.now() - started).toBeLessThan(45000);
    } finally {
      await driver.close();
    }
  });

  it('refuses a transaction that needs more memory than the per-transaction cap', async () => {
    const driver = neo4j.driver(instance.uri);
    try {
      await expect(
        driver.executeQuery('UNWIND range(1, 20000000) AS x RETURN collect(toString(x)) AS all'),
      ).rejects.toMatchObject({ code: expect.stringMatching(/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError/) });
    } finally {
      await driver.close();
    }
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
