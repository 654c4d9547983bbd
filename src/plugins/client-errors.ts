import type { ErrorRequestHandler, RequestHandler } from 'express';
import { Logger } from 'pino';
import { sendJsonError } from './json-error';

/** Body-parser failures a client caused, with their status and code. */
const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_ENCODING', message: 'The request body has an unsupported encoding.' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_CHARSET', message: 'The request body has an unsupported charset.' },
  'request.aborted': { status: 400, code: 'REQUEST_ABORTED', message: 'The request body was not received completely.' },
};

/**
 * Express's last error handler: a client's mistake (malformed JSON, oversized body...) becomes a
 * coded JSON 4xx logged at warn without a stack; anything else a masked 500 logged in full.
 * Express's own HTML pages (with stack traces outside production) are never sent.
 */
export function clientErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = CLIENT_ERRORS[(error as { type?: string }).type ?? ''];
    const requestId = (req as { id?: unknown }).id;
    if (known) {
      logger.warn({ code: known.code, requestId, path: req.path }, known.message);
      return sendJsonError(res, known.status, known.code, known.message);
    }
    logger.error({ err: error, requestId, path: req.path }, 'unexpected error in an HTTP request');
    return sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', requestId ? { requestId } : {});
  };
}

/** Unknown paths answer a coded JSON 404 rather than Express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) =>
  sendJsonError(res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}.`);
