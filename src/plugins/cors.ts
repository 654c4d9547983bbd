import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for the GraphQL endpoint, so that web apps on other origins (a Vite dev server on
 * http://localhost:5173, say) can call the API. `allowedOrigins` comes from CORS_ORIGINS: exact
 * origins ("scheme://host:port"), or "*" for any. Requests from other origins get no CORS
 * headers, so browsers refuse them; clients that are not browsers are unaffected. Preflights
 * are answered here and cached by browsers for 10 minutes. No credentials: the API has no cookies.
 */
export function corsForOrigins(allowedOrigins: readonly string[]): RequestHandler {
  const anyOrigin = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins);
  return cors({
    origin: (origin, callback) => callback(null, anyOrigin || (origin !== undefined && allowed.has(origin))),
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  });
}
