import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Base of every deliberate error: its code reaches clients as `extensions.code`. */
export class CodedError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Neo4j cannot be reached (stopped, restarting, network down). Clients may retry. */
export class DatabaseUnavailableError extends CodedError {
  constructor(detail?: string) {
    super(
      'The graph database is unavailable; try again shortly.',
      'DATABASE_UNAVAILABLE',
      detail ? { detail } : {},
    );
  }
}

/** Neo4j refused our credentials. */
export class DatabaseAuthError extends CodedError {
  constructor() {
    super('The graph database rejected the configured credentials.', 'DATABASE_AUTH_FAILED');
  }
}

/** A write broke a uniqueness constraint. */
export class ConstraintViolationError extends CodedError {
  constructor(detail: string) {
    super('The write conflicts with data already stored.', 'CONSTRAINT_VIOLATION', { detail });
  }
}

/** A client asked for something invalid (bad argument values, limits exceeded). */
export class BadUserInputError extends CodedError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, 'BAD_USER_INPUT', extensions);
  }
}

/** A lookup by id found nothing where something was required. */
export class NotFoundError extends CodedError {
  constructor(kind: string, id: string) {
    super(`No ${kind} has the id "${id}".`, 'NOT_FOUND', { kind, id });
  }
}

/** Federation entry points were called without the router's shared secret. */
export class RouterOnlyError extends CodedError {
  constructor(field: string) {
    super(`${field} is answered only to the federation router.`, 'FORBIDDEN_ROUTER_ONLY');
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * The one place that turns driver errors into domain errors. Anything unrecognised is returned
 * unchanged, so that Apollo masks it for clients and logs it in full.
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof CodedError) return error;
  if (!(error instanceof Neo4jError)) {
    return isConnectionRefused(error) ? new DatabaseUnavailableError() : error;
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.retriable) {
    return new DatabaseUnavailableError(error.code);
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized') return new DatabaseAuthError();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  return error;
}

function isConnectionRefused(error: unknown): boolean {
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up/.test(error.message);
}
