import net from 'node:net';
import { Logger } from 'pino';
import { Config } from './config';
import { connectGraph, GraphConnection } from './neo4j/connect';
import { buildApiSubgraphSchema } from './schema';
import { seedIfEmpty } from './seed/seed-if-empty';
import { startTracing } from './observability/tracing';
import { ApiServer, createApiServer, ListenError } from './server';

/** The running system: API, graph connection, and how to stop both in order. */
export interface RunningApp {
  url: string;
  graph: GraphConnection;
  server: ApiServer;
  stop(): Promise<void>;
}

/**
 * Starts everything: checks the API port first (so a taken port fails before Neo4j starts),
 * connects the graph (embedded or external), loads the seeds into an empty graph, then serves.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  await assertPortFree(config.host, config.port);
  const tracing = startTracing(config);
  const graph = await connectGraph(config, logger);
  try {
    if (config.seedOnStart) await seedIfEmpty(graph.db, logger);
    if (!config.routerSecret) {
      logger.warn('ROUTER_SECRET is unset: _entities, _service and federated traces are refused to every client');
    }
    const server = await createApiServer(buildApiSubgraphSchema(), graph.db, config, logger);
    const url = await server.listen();
    const stop = async () => {
      await server.stop();
      await graph.close();
      await tracing?.stop();
    };
    return { url, graph, server, stop };
  } catch (error) {
    await graph.close();
    throw error;
  }
}

function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(new ListenError('PORT_IN_USE', `HTTP port ${port} on ${host} is already in use. Set PORT to a free port.`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
