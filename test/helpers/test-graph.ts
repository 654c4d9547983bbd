import { ApolloServer } from '@apollo/server';
import { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { Context, createContext } from '../../src/context';
import { Database } from '../../src/neo4j/database';
import { createDriver } from '../../src/neo4j/driver';
import { buildPublicSchema } from '../../src/schema';
import { createErrorFormatter } from '../../src/plugins/mask-unexpected-errors';
import { createLogger } from '../../src/logger';

/** A connection to the test run's Neo4j (started by global-setup). Close it in afterAll. */
export function connectTestDb(): { db: Database; driver: Driver } {
  const config = loadConfig();
  if (!config.neo4jUri) throw new Error('NEO4J_URI is not set: run the tests through jest (global-setup)');
  const driver = createDriver(config.neo4jUri, config);
  return { db: new Database(driver, config.neo4jDatabase), driver };
}

/** Apollo Server over the public schema, for executeOperation (the whole pipeline, no HTTP). */
export async function createTestServer(): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: buildPublicSchema(),
    formatError: createErrorFormatter(createLogger('silent')),
  });
  await server.start();
  return server;
}

/** Runs one operation and returns data and errors (single result). */
export async function execute(
  server: ApolloServer<Context>,
  db: Database,
  query: string,
  variables: Record<string, unknown> = {},
  isRouter = false,
): Promise<{ data?: Record<string, any>; errors?: readonly any[] }> {
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, isRouter) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as { data?: Record<string, any>; errors?: readonly any[] };
}
