import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Probes and scrapes come every few seconds; their completion is not worth a log line. */
const UNLOGGED_PATHS = new Set(['/health', '/ready', '/metrics']);

/** An id a proxy or client may pass on: short, and only characters that are safe in logs and headers. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every HTTP request an id and logs its completion with it (pino-http). The id is the
 * incoming `header` when a proxy set a well-formed one, a new UUID otherwise; it is sent back in
 * the same response header and is `req.id` (and so the GraphQL context's `requestId`). Requests
 * are logged at info, 4xx at warn, 5xx at error, with method, path and status only: headers may
 * carry the router secret, so they are never logged. Probes and /metrics are not logged.
 */
export function requestIdLogger(logger: Logger, header: string) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers[header];
      const id = typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader(header, id);
      return id;
    },
    autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(req.url ?? '') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
