/**
 * The only module that reads process.env. Every setting has a default; explicit overrides win
 * over the environment, which wins over the default.
 */
export interface Config {
  /** Interface the HTTP server binds to. @default "127.0.0.1" */
  host: string;
  /** HTTP port of the GraphQL API. @default 4000 */
  port: number;
  /** Bolt or neo4j:// URI of an external Neo4j; unset starts the embedded launcher. */
  neo4jUri: string | undefined;
  /** User for an external Neo4j. @default "neo4j" */
  neo4jUser: string;
  /** Password for an external Neo4j. @default "" */
  neo4jPassword: string;
  /** Database name. @default "neo4j" */
  neo4jDatabase: string;
  /** Data directory of the embedded Neo4j (kept across restarts). @default ".neo4j-data" */
  neo4jDataDir: string;
  /** Bolt port of the embedded Neo4j. @default 7687 */
  neo4jBoltPort: number;
  /** JVM heap of the embedded Neo4j. @default "1g" */
  neo4jHeap: string;
  /** Page cache of the embedded Neo4j. @default "512m" */
  neo4jPageCache: string;
  /** Memory all transactions of the embedded Neo4j may hold together ("0": no limit); unset: 70% of the heap. */
  neo4jTxMemoryMax: string | undefined;
  /**
   * Longest a transaction may run on the embedded Neo4j before Neo4j terminates it
   * (`db.transaction.timeout`), ms; 0: no limit. @default 30000
   */
  neo4jTxTimeoutMs: number;
  /**
   * Memory one transaction of the embedded Neo4j may hold (`db.memory.transaction.max`), so one
   * runaway query cannot exhaust the heap; "0": no limit. @default "256m"
   */
  neo4jTxMemoryPerTx: string;
  /** Upper bound on connecting to Neo4j (embedded start or external server), ms. @default 30000 */
  neo4jConnectTimeoutMs: number;
  /** Load seeds/ at start when the database holds no nodes. @default true */
  seedOnStart: boolean;
  /** pino log level. @default "info" */
  logLevel: string;
  /** Shared secret a federation router must present to reach _entities, _service and traces. */
  routerSecret: string | undefined;
  /** Header that carries the router secret. @default "x-router-secret" */
  routerSecretHeader: string;
  /**
   * Origins whose web pages may call the API (CORS), each "scheme://host[:port]", or "*" for any;
   * CORS_ORIGINS is a comma-separated list ("" for none).
   * @default Vite's dev and preview servers on localhost and 127.0.0.1 (ports 5173 and 4173)
   */
  corsOrigins: string[];
  /** Serve the bundled GraphQL IDE (GraphiQL) to browsers that open /graphql. @default true */
  graphqlIde: boolean;

  /** Stack traces in error responses: only when NODE_ENV is "development". @default false */
  exposeStackTraces: boolean;
  /** Schema introspection (and field suggestions, which are hidden when it is off). @default true */
  introspection: boolean;

  /** Deepest field nesting a query may have (graphql-armor maxDepth). @default 12 */
  maxDepth: number;
  /** Most aliases in one document (graphql-armor maxAliases). @default 30 */
  maxAliases: number;
  /** Most directives in one document (graphql-armor maxDirectives). @default 20 */
  maxDirectives: number;
  /** Most lexical tokens in one document (graphql-js parser). @default 3000 */
  maxTokens: number;
  /** Highest estimated cost of one operation (src/plugins/query-cost-model.ts): about the number of objects it can return. @default 100000 */
  maxCost: number;
  /** Longest list a client may send in any argument or input (`in`, `AND`/`OR`, `types`, representations...). @default 100 */
  maxListLength: number;
  /** Deepest nesting of input objects and lists in one argument (filters nest AND/OR/NOT and relations). @default 12 */
  maxInputDepth: number;
  /** Most values (scalars, objects and lists) in all of an operation's arguments together. @default 1000 */
  maxInputValues: number;

  /** Deadline of one GraphQL request; work still running is cancelled, ms. @default 15000 */
  requestTimeoutMs: number;
  /** Timeout sent to Neo4j with every transaction a GraphQL request runs, ms (NEO4J_TX_TIMEOUT_MS is the embedded server's backstop for all). @default 10000 */
  neo4jQueryTimeoutMs: number;
  /** Longest wait for a pooled Neo4j connection before DATABASE_UNAVAILABLE, ms. @default 3000 */
  neo4jAcquisitionTimeoutMs: number;
  /** Size of the driver's connection pool. @default 100 */
  neo4jMaxPoolSize: number;
  /** Timeout of the readiness probe's read, ms. @default 2000 */
  readyTimeoutMs: number;
  /** GraphQL requests served at once; more are refused at once with 503 + Retry-After (0: no bound). @default 16 */
  maxInFlight: number;
  /** Neo4j sessions one request may hold at once; its other statements wait. @default 4 */
  maxSessionsPerRequest: number;
  /** Requests per client (API key, else IP) per window; 0 turns rate limiting off. @default 0 */
  rateLimitMax: number;
  /** Window of the rate limit, ms. @default 60000 */
  rateLimitWindowMs: number;
  /** Header that carries a client's API key (used as the rate-limit key when present). @default "x-api-key" */
  apiKeyHeader: string;
  /** Serve Prometheus metrics at GET /metrics. @default true */
  metricsEnabled: boolean;
  /**
   * Distinct GraphQL operation names that become metric labels; later new names count as
   * "other", so clients cannot grow /metrics without bound. @default 200
   */
  metricsMaxOperationNames: number;
  /**
   * Header that carries the request id: taken from the request when well-formed (a proxy's id),
   * otherwise generated; always sent back. @default "x-request-id"
   */
  requestIdHeader: string;
  /** Switch OpenTelemetry tracing on (spans per HTTP request and per Cypher statement). @default false */
  otelEnabled: boolean;
  /** OTLP/HTTP endpoint that receives the spans. @default "http://127.0.0.1:4318/v1/traces" */
  otelTracesEndpoint: string;
  /** `service.name` of the spans. @default "innovation-graph" */
  otelServiceName: string;
}

export const DEFAULT_CONFIG: Config = {
  host: '127.0.0.1',
  port: 4000,
  neo4jUri: undefined,
  neo4jUser: 'neo4j',
  neo4jPassword: '',
  neo4jDatabase: 'neo4j',
  neo4jDataDir: '.neo4j-data',
  neo4jBoltPort: 7687,
  neo4jHeap: '1g',
  neo4jPageCache: '512m',
  neo4jTxMemoryMax: undefined,
  neo4jTxTimeoutMs: 30000,
  neo4jTxMemoryPerTx: '256m',
  neo4jConnectTimeoutMs: 30000,
  seedOnStart: true,
  logLevel: 'info',
  routerSecret: undefined,
  routerSecretHeader: 'x-router-secret',
  corsOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://localhost:4173', 'http://127.0.0.1:4173'],
  graphqlIde: true,
  exposeStackTraces: false,
  introspection: true,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 100000,
  maxListLength: 100,
  maxInputDepth: 12,
  maxInputValues: 1000,
  requestTimeoutMs: 15000,
  neo4jQueryTimeoutMs: 10000,
  neo4jAcquisitionTimeoutMs: 3000,
  neo4jMaxPoolSize: 100,
  readyTimeoutMs: 2000,
  maxInFlight: 16,
  maxSessionsPerRequest: 4,
  rateLimitMax: 0,
  rateLimitWindowMs: 60000,
  apiKeyHeader: 'x-api-key',
  metricsEnabled: true,
  metricsMaxOperationNames: 200,
  requestIdHeader: 'x-request-id',
  otelEnabled: false,
  otelTracesEndpoint: 'http://127.0.0.1:4318/v1/traces',
  otelServiceName: 'innovation-graph',
};

/** Reads configuration from `env` (process.env by default), with `overrides` taking precedence. */
export function loadConfig(
  overrides: Partial<Config> = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const fromEnv: Partial<Config> = {
    host: env.HOST,
    port: parseInteger('PORT', env.PORT),
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUser: env.NEO4J_USER,
    neo4jPassword: env.NEO4J_PASSWORD,
    neo4jDatabase: env.NEO4J_DATABASE,
    neo4jDataDir: env.NEO4J_DATA_DIR,
    neo4jBoltPort: parseInteger('NEO4J_BOLT_PORT', env.NEO4J_BOLT_PORT),
    neo4jHeap: env.NEO4J_HEAP,
    neo4jPageCache: env.NEO4J_PAGECACHE,
    neo4jTxMemoryMax: env.NEO4J_TX_MEMORY_MAX || undefined,
    neo4jTxTimeoutMs: parseInteger('NEO4J_TX_TIMEOUT_MS', env.NEO4J_TX_TIMEOUT_MS),
    neo4jTxMemoryPerTx: env.NEO4J_TX_MEMORY_PER_TX || undefined,
    neo4jConnectTimeoutMs: parseInteger('NEO4J_CONNECT_TIMEOUT_MS', env.NEO4J_CONNECT_TIMEOUT_MS),
    seedOnStart: parseBoolean('SEED_ON_START', env.SEED_ON_START),
    logLevel: env.LOG_LEVEL,
    routerSecret: env.ROUTER_SECRET || undefined,
    routerSecretHeader: env.ROUTER_SECRET_HEADER?.toLowerCase(),
    corsOrigins: parseOrigins('CORS_ORIGINS', env.CORS_ORIGINS),
    graphqlIde: parseBoolean('GRAPHQL_IDE', env.GRAPHQL_IDE),
    exposeStackTraces: env.NODE_ENV === undefined ? undefined : env.NODE_ENV === 'development',
    introspection: parseBoolean('INTROSPECTION', env.INTROSPECTION),
    maxDepth: parseInteger('MAX_DEPTH', env.MAX_DEPTH),
    maxAliases: parseInteger('MAX_ALIASES', env.MAX_ALIASES),
    maxDirectives: parseInteger('MAX_DIRECTIVES', env.MAX_DIRECTIVES),
    maxTokens: parseInteger('MAX_TOKENS', env.MAX_TOKENS),
    maxCost: parseInteger('MAX_COST', env.MAX_COST),
    maxListLength: parseInteger('MAX_LIST_LENGTH', env.MAX_LIST_LENGTH),
    maxInputDepth: parseInteger('MAX_INPUT_DEPTH', env.MAX_INPUT_DEPTH),
    maxInputValues: parseInteger('MAX_INPUT_VALUES', env.MAX_INPUT_VALUES),
    requestTimeoutMs: parseInteger('REQUEST_TIMEOUT_MS', env.REQUEST_TIMEOUT_MS),
    neo4jQueryTimeoutMs: parseInteger('NEO4J_QUERY_TIMEOUT_MS', env.NEO4J_QUERY_TIMEOUT_MS),
    neo4jAcquisitionTimeoutMs: parseInteger('NEO4J_ACQUISITION_TIMEOUT_MS', env.NEO4J_ACQUISITION_TIMEOUT_MS),
    neo4jMaxPoolSize: parseInteger('NEO4J_MAX_POOL_SIZE', env.NEO4J_MAX_POOL_SIZE),
    readyTimeoutMs: parseInteger('READY_TIMEOUT_MS', env.READY_TIMEOUT_MS),
    maxInFlight: parseInteger('MAX_IN_FLIGHT', env.MAX_IN_FLIGHT),
    maxSessionsPerRequest: parseInteger('MAX_SESSIONS_PER_REQUEST', env.MAX_SESSIONS_PER_REQUEST),
    rateLimitMax: parseInteger('RATE_LIMIT_MAX', env.RATE_LIMIT_MAX),
    rateLimitWindowMs: parseInteger('RATE_LIMIT_WINDOW_MS', env.RATE_LIMIT_WINDOW_MS),
    apiKeyHeader: env.API_KEY_HEADER?.toLowerCase(),
    metricsEnabled: parseBoolean('METRICS_ENABLED', env.METRICS_ENABLED),
    metricsMaxOperationNames: parseInteger('METRICS_MAX_OPERATION_NAMES', env.METRICS_MAX_OPERATION_NAMES),
    requestIdHeader: env.REQUEST_ID_HEADER?.toLowerCase(),
    otelEnabled: parseBoolean('OTEL_ENABLED', env.OTEL_ENABLED),
    otelTracesEndpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || undefined,
    otelServiceName: env.OTEL_SERVICE_NAME || undefined,
  };
  return { ...DEFAULT_CONFIG, ...withoutUndefined(fromEnv), ...withoutUndefined(overrides) };
}

function parseInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, but got: ${raw}`);
  }
  return value;
}

function parseBoolean(name: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, but got: ${raw}`);
}

function parseOrigins(name: string, raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`${name} must list origins such as http://localhost:5173 (or *), but got: ${origin}`);
    }
  }
  return origins;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
