import { DEFAULT_CONFIG, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the defaults when the environment is empty', () => {
    expect(loadConfig({}, {})).toEqual(DEFAULT_CONFIG);
  });

  it('reads every variable from the environment', () => {
    const config = loadConfig({}, {
      HOST: '0.0.0.0', PORT: '4100', NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret', NEO4J_BOLT_PORT: '7700', SEED_ON_START: 'false',
      ROUTER_SECRET: 's3', ROUTER_SECRET_HEADER: 'X-Gateway-Key', NEO4J_TX_MEMORY_MAX: '12g',
      NEO4J_TX_TIMEOUT_MS: '5000', NEO4J_TX_MEMORY_PER_TX: '64m', METRICS_ENABLED: 'false',
      METRICS_MAX_OPERATION_NAMES: '10', REQUEST_ID_HEADER: 'X-Correlation-Id', OTEL_ENABLED: 'true',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces', OTEL_SERVICE_NAME: 'graph-api',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0', port: 4100, neo4jUri: 'neo4j://db:7687', neo4jUser: 'reader',
      neo4jPassword: 'secret', neo4jBoltPort: 7700, seedOnStart: false,
      routerSecret: 's3', routerSecretHeader: 'x-gateway-key', neo4jTxMemoryMax: '12g',
      neo4jTxTimeoutMs: 5000, neo4jTxMemoryPerTx: '64m', metricsEnabled: false,
      metricsMaxOperationNames: 10, requestIdHeader: 'x-correlation-id', otelEnabled: true,
      otelTracesEndpoint: 'http://collector:4318/v1/traces', otelServiceName: 'graph-api',
    });
  });

  it('lets explicit overrides win over the environment', () => {
    expect(loadConfig({ port: 0 }, { PORT: '4100' }).port).toBe(0);
  });

  it('treats an empty NEO4J_URI as unset (embedded Neo4j)', () => {
    expect(loadConfig({}, { NEO4J_URI: '' }).neo4jUri).toBeUndefined();
  });

  it('rejects a malformed number, naming the variable', () => {
    expect(() => loadConfig({}, { PORT: 'eighty' })).toThrow('PORT must be a non-negative integer, but got: eighty');
  });

  it('rejects a malformed boolean, naming the variable', () => {
    expect(() => loadConfig({}, { SEED_ON_START: 'maybe' })).toThrow('SEED_ON_START must be true or false');
  });
});
