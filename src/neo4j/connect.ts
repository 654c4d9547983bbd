import { Driver } from 'neo4j-driver';
import { Logger } from 'pino';
import { Config } from '../config';
import { Database } from './database';
import { createDriver, verifyConnectivity } from './driver';
import { EmbeddedNeo4j, EmbeddedNeo4jOptions, startEmbeddedNeo4j } from './embedded-launcher';
import { applyMigrations } from './migrations';

/** A connected graph: the database handle, and how to let go of everything that was started. */
export interface GraphConnection {
  db: Database;
  driver: Driver;
  uri: string;
  /** The embedded Neo4j currently running (it changes if the supervisor restarts it). */
  embedded(): EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Pause before restarting an embedded Neo4j that died. @default 1000 */
  restartDelayMs?: number;
}

/**
 * One code path for all three ways in: no NEO4J_URI starts the embedded launcher (and restarts
 * it if it dies, on the same port and data, so the API recovers by itself); a bolt:// or
 * neo4j:// URI (docker compose, Aura, a cluster) is used as given. Migrations run in both cases.
 */
export async function connectGraph(config: Config, logger: Logger, options: ConnectOptions = {}): Promise<GraphConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let closing = false;
  let uri = config.neo4jUri;
  if (!uri) {
    const launch: EmbeddedNeo4jOptions = {
      home: config.neo4jDataDir,
      port: config.neo4jBoltPort,
      heap: config.neo4jHeap,
      pageCache: config.neo4jPageCache,
      txMemoryMax: config.neo4jTxMemoryMax,
      txTimeoutMs: config.neo4jTxTimeoutMs,
      txMemoryPerTx: config.neo4jTxMemoryPerTx,
      password: config.neo4jPassword || undefined,
      timeoutMs: Math.max(config.neo4jConnectTimeoutMs, 120000),
    };
    const supervise = (instance: EmbeddedNeo4j) =>
      instance.onUnexpectedExit((code, signal) => {
        logger.error({ code, signal }, 'embedded Neo4j exited unexpectedly; restarting it');
        setTimeout(() => void restart(), options.restartDelayMs ?? 1000);
      });
    const restart = async () => {
      if (closing) return;
      try {
        const instance = await startEmbeddedNeo4j(launch);
        if (closing) return void (await instance.stop());
        embedded = instance;
        supervise(instance);
        logger.info({ uri: instance.uri }, 'embedded Neo4j restarted');
      } catch (error) {
        logger.error({ err: error }, 'restarting the embedded Neo4j failed; trying again');
        setTimeout(() => void restart(), 5000);
      }
    };
    const started = Date.now();
    embedded = await startEmbeddedNeo4j(launch);
    supervise(embedded);
    uri = embedded.uri;
    logger.info({ uri, ms: Date.now() - started, dataDir: config.neo4jDataDir }, 'embedded Neo4j ready');
  }
  const driver = createDriver(uri, config);
  const close = async () => {
    closing = true;
    await driver.close();
    await embedded?.stop();
  };
  try {
    await verifyConnectivity(driver, config.neo4jConnectTimeoutMs);
    const db = new Database(driver, config.neo4jDatabase);
    await applyMigrations(db);
    return { db, driver, uri, embedded: () => embedded, close };
  } catch (error) {
    await close();
    throw error;
  }
}
