import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { RequestHandler } from 'express';

const tracer = trace.getTracer('innovation-graph');

/**
 * One server span per HTTP request, child of the caller's span when a `traceparent` header came
 * in. The request and response are bound to the span's context, so body parsing, Apollo,
 * resolvers and each Cypher statement (src/observability/observe-statement.ts) become its children.
 * Used only when tracing is on (OTEL_ENABLED).
 */
export function traceRequests(): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      `${req.method} ${req.path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.path } },
      parent,
    );
    if (typeof req.id === 'string') span.setAttribute('request.id', req.id);
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}
