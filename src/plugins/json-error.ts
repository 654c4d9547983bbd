import type { Response } from 'express';

/**
 * Sends a GraphQL-shaped JSON error from outside Apollo (shedding, rate limits, malformed bodies),
 * so that every refusal a client sees has the same shape and a machine-readable code.
 */
export function sendJsonError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  retryAfterSeconds?: number,
): void {
  if (retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
