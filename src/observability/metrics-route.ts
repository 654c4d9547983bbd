import { RequestHandler } from 'express';
import { metricsRegistry } from './metrics';

/** GET /metrics: the registry in Prometheus' text format. */
export function serveMetrics(): RequestHandler {
  return async (_req, res, next) => {
    try {
      res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
    } catch (error) {
      next(error);
    }
  };
}
