import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { loadConfig } from '../../src/config';
import { Context } from '../../src/context';
import { createLogger } from '../../src/logger';
import { Database } from '../../src/neo4j/database';
import { createErrorFormatter } from '../../src/plugins/mask-unexpected-errors';
import { buildApiSubgraphSchema } from '../../src/schema';
import { ApiServer, createApiServer } from '../../src/server';

/** Apollo Server over the subgraph schema, for executeOperation (no HTTP, no router guard). */
export async function createTestSubgraphServer(): Promise<ApolloServer<Context>> {
  const server = new ApolloServer<Context>({
    schema: buildApiSubgraphSchema(),
    formatError: createErrorFormatter(createLogger('silent')),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  return server;
}

/** The real HTTP server (src/server.ts) over the subgraph, on 127.0.0.1 and a free port. */
export async function startHttpSubgraph(
  db: Database,
  federation: { routerSecret: string | undefined; routerSecretHeader?: string },
): Promise<{ url: string; server: ApiServer }> {
  const config = { ...loadConfig(), host: '127.0.0.1', port: 0, ...federation };
  const server = await createApiServer(buildApiSubgraphSchema(), db, config, createLogger('silent'));
  return { url: await server.listen(), server };
}
