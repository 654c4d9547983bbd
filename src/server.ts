import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import { Logger } from 'pino';
import { Config } from './config';
import { Context, createContext } from './context';
import { routerOnlyFieldsPlugin } from './federation/router-only-fields-plugin';
import { routerOnlyTracePlugin } from './federation/router-only-trace-plugin';
import { presentsRouterSecret } from './federation/router-secret';
import { serveExplorer } from './explorer/serve-explorer';
import { Database } from './neo4j/database';
import { corsForOrigins } from './plugins/cors';
import { graphqlIde } from './plugins/graphql-ide';
import { clientErrorHandler, notFoundHandler } from './plugins/client-errors';
import { inputSizeLimitsPlugin } from './plugins/input-size-limits';
import { loadShedding } from './plugins/load-shedding';
import { createErrorFormatter, errorLoggingPlugin } from './plugins/mask-unexpected-errors';
import { queriesOnlyPlugin } from './plugins/queries-only';
import { queryCostLimitPlugin } from './plugins/query-cost-limit';
import { rateLimitByClient } from './plugins/rate-limit';
import { requestSignal } from './plugins/request-deadline';
import { requestShapeLimits } from './plugins/request-shape-limits';
import { securityHeaders } from './plugins/security-headers';
import { refusals } from './observability/metrics';
import { metricsPlugin } from './observability/metrics-plugin';
import { serveMetrics } from './observability/metrics-route';
import { requestIdLogger } from './observability/request-id';
import { traceOperationsPlugin } from './observability/trace-operations-plugin';
import { traceRequests } from './observability/trace-requests';

export interface ApiServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Starts listening; rejects with a clear message when the port is taken. */
  listen(): Promise<string>;
  /** Drains HTTP and stops Apollo. */
  stop(): Promise<void>;
}

/** Raised when the API cannot listen; `code` is machine-readable. */
export class ListenError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Apollo Server 5 on Express 5: GraphQL at /graphql, liveness at /health, readiness (a real read
 * within READY_TIMEOUT_MS) at /ready. Every cross-cutting concern is one plugin or middleware
 * from src/plugins/, wired here in the order a request meets them: security headers, rate limit,
 * load shedding, body parsing, then Apollo with its shape, cost and input limits. `schema` is
 * normally the federation subgraph (src/schema.ts).
 */
export async function createApiServer(
  schema: GraphQLSchema,
  db: Database,
  config: Config,
  logger: Logger,
): Promise<ApiServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const shape = requestShapeLimits(config);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.exposeStackTraces,
    validationRules: shape.validationRules,
    parseOptions: shape.parseOptions,
    // src/index.ts handles SIGINT/SIGTERM and stops Apollo, the driver and Neo4j in order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...shape.plugins,
      queriesOnlyPlugin(),
      inputSizeLimitsPlugin(config),
      queryCostLimitPlugin(config.maxCost),
      errorLoggingPlugin(logger),
      // Federation entry points and traces only for the router (ROUTER_SECRET); Apollo's own
      // inline-trace plugin is disabled because it would answer `ftv1` to anyone.
      routerOnlyFieldsPlugin(),
      routerOnlyTracePlugin(),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's own landing page loads from a CDN; browsers get the bundled IDE instead.
      ApolloServerPluginLandingPageDisabled(),
      metricsPlugin(config.metricsMaxOperationNames),
      ...(config.otelEnabled ? [traceOperationsPlugin()] : []),
    ],
  });
  await apollo.start();

  // Shedding comes first: under overload a refusal must cost as little as possible (no logging,
  // no headers work), or the refusals themselves take the CPU the admitted requests need.
  app.use('/graphql', loadShedding(config.maxInFlight, () => refusals.inc({ limit: 'in_flight' })));
  app.use(requestIdLogger(logger, config.requestIdHeader));
  app.use(securityHeaders());
  if (config.otelEnabled) app.use(traceRequests());
  if (config.metricsEnabled) app.get('/metrics', serveMetrics());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await db.ping(config.readyTimeoutMs);
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: (error as Error).message });
    }
  });
  app.use(serveExplorer());
  app.use('/graphql', corsForOrigins(config.corsOrigins));
  if (config.graphqlIde) app.use(graphqlIde());
  app.use(
    '/graphql',
    rateLimitByClient({ max: config.rateLimitMax, windowMs: config.rateLimitWindowMs, apiKeyHeader: config.apiKeyHeader }, () => refusals.inc({ limit: 'rate' })),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const isRouter = presentsRouterSecret(req.headers[config.routerSecretHeader], config.routerSecret);
        const requestDb = db.forRequest({
          signal: requestSignal(req, res, config.requestTimeoutMs),
          txTimeoutMs: config.neo4jQueryTimeoutMs,
          maxSessions: config.maxSessionsPerRequest,
        });
        return createContext(requestDb, isRouter, String(req.id));
      },
    }),
  );
  app.use(notFoundHandler);
  app.use(clientErrorHandler(logger));

  const listen = () =>
    new Promise<string>((resolve, reject) => {
      httpServer.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new ListenError(
                'PORT_IN_USE',
                `HTTP port ${config.port} on ${config.host} is already in use. Set PORT to a free port.`,
              )
            : error,
        );
      });
      httpServer.listen(config.port, config.host, () => {
        const address = httpServer.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        resolve(`http://${config.host}:${port}/graphql`);
      });
    });

  return { apollo, httpServer, listen, stop: () => apollo.stop() };
}
