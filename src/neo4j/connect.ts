import { Driver } from 'neo4j-driver';
import { Logger } from 'pino';
import { Config } from '../config';
import { Database } from './database';
import { createDriver, verifyConnectivity } from './driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-launcher';
import { applyMigrations } from './migrations';

/** A connected graph: the database handle, and how to let go of everything that was started. */
export interface GraphConnection {
  db: Database;
  driver: Driver;
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * One code path for all three ways in: no NEO4J_URI starts the embedded launcher, a bolt:// or
 * neo4j:// URI (docker compose, Aura, a cluster) is used as given. Migrations run in both cases.
 */
export async function connectGraph(config: Config, logger: Logger): Promise<GraphConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    const started = Date.now();
    embedded = await startEmbeddedNeo4j({
      home: config.neo4jDataDir,
      port: config.neo4jBoltPort,
      heap: config.neo4jHeap,
      pageCache: config.neo4jPageCache,
      timeoutMs: Math.max(config.neo4jConnectTimeoutMs, 120000),
    });
    uri = embedded.uri;
    logger.info({ uri, ms: Date.now() - started, dataDir: config.neo4jDataDir }, 'embedded Neo4j ready');
  }
  const driver = createDriver(uri, config);
  const close = async () => {
    await driver.close();
    await embedded?.stop();
  };
  try {
    await verifyConnectivity(driver, config.neo4jConnectTimeoutMs);
    const db = new Database(driver, config.neo4jDatabase);
    await applyMigrations(db);
    return { db, driver, uri, embedded, close };
  } catch (error) {
    await close();
    throw error;
  }
}
