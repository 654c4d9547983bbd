import type { IncomingMessage, ServerResponse } from 'node:http';
import { DeadlineExceededError, RequestCancelledError } from '../errors';

/**
 * The abort signal of one HTTP request: it aborts with DeadlineExceededError when `timeoutMs`
 * passes, or with RequestCancelledError when the client disconnects before the answer is sent.
 * Database work bound to it (Database.forRequest) is cancelled at once, so nothing outlives the
 * request.
 */
export function requestSignal(_req: IncomingMessage, res: ServerResponse, timeoutMs: number): AbortSignal {
  const controller = new AbortController();
  const timer = timeoutMs > 0
    ? setTimeout(() => controller.abort(new DeadlineExceededError(timeoutMs)), timeoutMs)
    : undefined;
  timer?.unref();
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort(new RequestCancelledError());
  });
  return controller.signal;
}
