import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { cypherStatementDuration, cypherStatements, cypherStatementsInFlight } from './metrics';

/** The global API's tracer: a no-op until src/observability/tracing.ts registers a provider. */
const tracer = trace.getTracer('innovation-graph');

/**
 * Runs one Cypher statement (`run`) and records it: count and latency by outcome in /metrics, the
 * statements in flight, and a client span when tracing is on. Cypher text is the application's
 * own (values are parameters), so it is safe to put on the span.
 */
export async function observeStatement<T>(cypher: string, run: () => PromiseLike<T>): Promise<T> {
  const endTimer = cypherStatementDuration.startTimer();
  const span = tracer.startSpan('neo4j.statement', {
    kind: SpanKind.CLIENT,
    attributes: { 'db.system': 'neo4j', 'db.query.text': cypher },
  });
  cypherStatementsInFlight.inc();
  let outcome = 'ok';
  try {
    return await run();
  } catch (error) {
    outcome = 'error';
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    cypherStatementsInFlight.dec();
    cypherStatements.inc({ outcome });
    endTimer({ outcome });
    span.end();
  }
}
