import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { sendJsonError } from './json-error';

export interface RateLimitOptions {
  /** Requests per client per window; 0 turns the limit off. */
  max: number;
  windowMs: number;
  /** Header whose value, when sent, identifies the client instead of its IP address. */
  apiKeyHeader: string;
}

/**
 * Express middleware (express-rate-limit): each client (its API key when it sends one, else its IP
 * address, IPv6 by /56) gets `max` requests per window; beyond that 429, RATE_LIMITED and
 * Retry-After, plus the draft-8 RateLimit headers on every answer.
 */
export function rateLimitByClient(options: RateLimitOptions, onLimited: () => void = () => undefined): RequestHandler {
  if (options.max <= 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const key = req.headers[options.apiKeyHeader];
      return typeof key === 'string' && key ? `key:${key}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (req, res) => {
      onLimited();
      const resetTime = (req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : Math.ceil(options.windowMs / 1000);
      sendJsonError(res, 429, 'RATE_LIMITED', `Too many requests: at most ${options.max} per ${options.windowMs / 1000} s per client.`,
        { retryable: true, limit: options.max, windowMs: options.windowMs }, retryAfter);
    },
  });
}
