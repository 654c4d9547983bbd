import type { Response } from 'express';

/**
 * The Content-Security-Policy of the pages this API serves (the explorer and the GraphQL IDE):
 * scripts, styles, fonts and requests only from this server, no inline script, no eval. Inline
 * styles are allowed because Cytoscape, Chart.js and GraphiQL set element styles at run time.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

/** Sets the page policy on an HTML response (replacing any policy set earlier for the whole API). */
export function setPageCsp(res: Response): void {
  res.setHeader('Content-Security-Policy', PAGE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
}
