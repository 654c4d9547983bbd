import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { connectGraph } from '../src/neo4j/connect';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-launcher';
import { DEFAULT_SEED_DIR, loadSeeds } from '../src/seed/load-seeds';
import { freePort } from './helpers/free-port';

/**
 * Starts one real Neo4j for the whole run (embedded launcher, free port, fresh temporary home),
 * unless TEST_NEO4J_URI points at one already. Applies migrations and loads the shipped seeds.
 * Tests reach it through NEO4J_URI. TEST_SEED_DIR replaces seeds/ (for work on the harness itself).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_NEO4J_URI) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-test-'));
    const started = Date.now();
    const neo4j = await startEmbeddedNeo4j({
      home,
      port: await freePort(),
      heap: '1g',
      pageCache: '256m',
      timeoutMs: 180000,
    });
    process.stderr.write(`\n[test] Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms (home ${home})\n`);
    (globalThis as { __NEO4J__?: unknown }).__NEO4J__ = neo4j;
    process.env.TEST_NEO4J_URI = neo4j.uri;
  }
  process.env.NEO4J_URI = process.env.TEST_NEO4J_URI;
  const graph = await connectGraph(loadConfig(), createLogger('warn'));
  try {
    await loadSeeds(graph.db, [process.env.TEST_SEED_DIR ?? DEFAULT_SEED_DIR]);
  } finally {
    await graph.driver.close();
  }
}
