import neo4j, { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { DatabaseAuthError, DatabaseUnavailableError, mapDriverError } from '../errors';

/**
 * Creates the process's one driver. Timeouts are short so that a stopped database turns into a
 * coded error within seconds rather than a hanging request.
 */
export function createDriver(uri: string, config: Config): Driver {
  // The embedded Neo4j runs without authentication unless a password is configured.
  const auth = config.neo4jUri || config.neo4jPassword
    ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword)
    : undefined;
  return neo4j.driver(uri, auth, {
    connectionTimeout: 5000,
    // A pool that cannot give a connection in time fails fast (DATABASE_UNAVAILABLE, 503).
    connectionAcquisitionTimeout: config.neo4jAcquisitionTimeoutMs,
    maxConnectionPoolSize: config.neo4jMaxPoolSize,
    maxTransactionRetryTime: 5000,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
}

/**
 * Waits until the driver can reach Neo4j, retrying with a growing pause, for at most `timeoutMs`.
 * Wrong credentials fail at once (retrying cannot fix them).
 */
export async function verifyConnectivity(driver: Driver, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pause = 200;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (raw) {
      const error = mapDriverError(raw);
      if (error instanceof DatabaseAuthError) throw error;
      if (Date.now() + pause > deadline) {
        throw new DatabaseUnavailableError(
          `could not reach Neo4j within ${timeoutMs} ms: ${(raw as Error).message}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 2000);
    }
  }
}
