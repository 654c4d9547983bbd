import type { RequestHandler } from 'express';
import { RETRY_AFTER_SECONDS } from '../errors';
import { sendJsonError } from './json-error';

/**
 * Express middleware: at most `maxInFlight` requests are being served at once; one more is
 * refused at once with 503, SERVER_BUSY and Retry-After instead of queueing behind the others,
 * so that admitted requests keep their latency under overload. 0 turns the bound off.
 */
export function loadShedding(maxInFlight: number, onShed: () => void = () => undefined): RequestHandler {
  let inFlight = 0;
  return (_req, res, next) => {
    if (maxInFlight <= 0) return next();
    if (inFlight >= maxInFlight) {
      onShed();
      return sendJsonError(res, 503, 'SERVER_BUSY', 'The server is busy; try again shortly.',
        { retryable: true, maxInFlight }, RETRY_AFTER_SECONDS);
    }
    inFlight += 1;
    res.once('close', () => {
      inFlight -= 1;
    });
    return next();
  };
}
