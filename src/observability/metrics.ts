import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at GET /metrics. Module-level like the logger: one API
 * per process, and code anywhere (limit plugins, the database) counts into the same registry.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Latency buckets in seconds, from a cached one-row read to a request near its deadline. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * GraphQL requests by `operation` (its name, "anonymous", or "unknown" when it never resolved)
 * and `outcome`: "ok" (no errors), "rejected" (refused before execution: parse, validation,
 * limits) or "error" (errors while executing).
 */
export const graphqlRequests = new Counter({
  name: 'graphql_requests_total',
  help: 'GraphQL requests by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

/** Time from Apollo receiving a GraphQL request to its response, by operation and outcome. */
export const graphqlRequestDuration = new Histogram({
  name: 'graphql_request_duration_seconds',
  help: 'GraphQL request latency in seconds by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/**
 * Requests refused by a limit, labelled with the limit's name (e.g. "depth", "cost", "aliases",
 * "rate", "in_flight"): `refusals.inc({ limit: 'depth' })` where the refusal is decided.
 */
export const refusals = new Counter({
  name: 'graphql_refusals_total',
  help: 'Requests refused by a limit, by limit.',
  labelNames: ['limit'] as const,
  registers: [metricsRegistry],
});

/** Cypher statements run, by outcome ("ok" or "error"). */
export const cypherStatements = new Counter({
  name: 'neo4j_statements_total',
  help: 'Cypher statements run, by outcome.',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

/** Time from sending a Cypher statement to having all its rows, by outcome. */
export const cypherStatementDuration = new Histogram({
  name: 'neo4j_statement_duration_seconds',
  help: 'Cypher statement latency in seconds (until all rows are received), by outcome.',
  labelNames: ['outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/**
 * Cypher statements running now. Each holds one pooled connection, so this is the pool's use as
 * seen from the API; neo4j-driver 6 has no public pool metrics.
 */
export const cypherStatementsInFlight = new Gauge({
  name: 'neo4j_statements_in_flight',
  help: 'Cypher statements running now (each holds one driver connection).',
  registers: [metricsRegistry],
});
