import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { Config } from '../config';

/** Tracing that was switched on; `stop` flushes the spans still buffered and shuts the exporter. */
export interface Tracing {
  stop(): Promise<void>;
}

/**
 * Switches OpenTelemetry tracing on when `config.otelEnabled`: registers a global tracer provider
 * (AsyncLocalStorage context, W3C trace-context propagation) that sends spans in batches over OTLP/HTTP
 * to `config.otelTracesEndpoint`. `exporter` replaces OTLP, sent span by span (tests use an
 * in-memory one). Returns undefined when tracing is off: the API's tracer then stays a no-op.
 */
export function startTracing(config: Config, exporter?: SpanExporter): Tracing | undefined {
  if (!config.otelEnabled) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.otelServiceName }),
    spanProcessors: [
      exporter
        ? new SimpleSpanProcessor(exporter)
        : new BatchSpanProcessor(new OTLPTraceExporter({ url: config.otelTracesEndpoint })),
    ],
  });
  provider.register();
  return { stop: () => provider.shutdown() };
}
