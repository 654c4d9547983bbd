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

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
