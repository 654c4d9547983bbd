import { createHash, timingSafeEqual } from 'node:crypto';

/** What the router-only plugins need of a request's context (src/context.ts `Context` has it). */
export interface RouterAware {
  /** True when the request carries the federation router's shared secret. */
  isRouter: boolean;
}

/**
 * True when a request's header value is the router's shared secret. Always false while no secret
 * is configured, so that the federation entry points are then refused to everyone. Compares
 * digests in constant time, so neither the secret nor its length leaks through timing.
 */
export function presentsRouterSecret(presented: string | string[] | undefined, secret: string | undefined): boolean {
  if (!secret || typeof presented !== 'string') return false;
  return timingSafeEqual(digest(presented), digest(secret));
}

function digest(value: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(value).digest());
}
