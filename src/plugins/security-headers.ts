import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's security headers on every answer. The Content-Security-Policy allows only this
 * origin's scripts and styles (pages served here, such as the explorer, load nothing from a CDN).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // Plain HTTP on loopback is normal here; upgrading would break pages served over it.
        upgradeInsecureRequests: null,
      },
    },
  });
}
