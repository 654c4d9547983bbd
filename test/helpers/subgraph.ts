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

export interface HttpGraphqlResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: any[]; extensions?: Record<string, any> };
}

/** POSTs one GraphQL request over HTTP. */
export async function postGraphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<HttpGraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as HttpGraphqlResponse['body'] };
}
