import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Base of every deliberate error: its code reaches clients as `extensions.code`. */
export class CodedError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Seconds a client should wait before retrying a refused or failed request (Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

/** HTTP status and headers that Apollo applies to the response when this error is raised. */
function httpExtension(status: number, retryAfterSeconds?: number) {
  const headers = new Map<string, string>();
  if (retryAfterSeconds !== undefined) headers.set('retry-after', String(retryAfterSeconds));
  return { http: { status, headers } };
}

/**
 * Neo4j cannot be reached, or no connection became free in time (stopped, restarting, network
 * down, pool exhausted). Retryable: HTTP 503 with Retry-After.
 */
export class DatabaseUnavailableError extends CodedError {
  constructor(detail?: string) {
    super('The graph database is unavailable; try again shortly.', 'DATABASE_UNAVAILABLE', {
      retryable: true,
      ...(detail ? { detail } : {}),
      ...httpExtension(503, RETRY_AFTER_SECONDS),
    });
  }
}

/** The request ran past its deadline (REQUEST_TIMEOUT_MS) or a statement past NEO4J_TX_TIMEOUT_MS. */
export class DeadlineExceededError extends CodedError {
  constructor(readonly timeoutMs: number | undefined, what = 'request') {
    super(`The ${what} took longer than ${timeoutMs ? `its ${timeoutMs} ms deadline` : 'its time limit'} and was cancelled.`, 'DEADLINE_EXCEEDED', {
      retryable: true,
      ...(timeoutMs ? { timeoutMs } : {}),
      ...httpExtension(503, RETRY_AFTER_SECONDS),
    });
  }
}

/** The client went away before the answer was ready; its database work was cancelled. */
export class RequestCancelledError extends CodedError {
  constructor() {
    super('The request was cancelled because the client disconnected.', 'REQUEST_CANCELLED', httpExtension(499));
  }
}

/**
 * A request's shape or inputs exceed a configured limit (depth, cost, aliases, directives,
 * tokens, list length, input nesting, sort keys). Refused with HTTP 400 before any Cypher runs.
 * `limit` names the limit; `max` is the configured bound and `found` what the request had.
 */
export class LimitExceededError extends CodedError {
  constructor(readonly limit: LimitName, max: number, found: number | undefined, message: string, extensions: Record<string, unknown> = {}) {
    super(message, LIMIT_CODES[limit], { limit, max, ...(found === undefined ? {} : { found }), ...extensions, ...httpExtension(400) });
  }
}

/** Every limit a request can exceed, with the `extensions.code` of its refusal. */
export const LIMIT_CODES = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  listLength: 'LIST_LIMIT_EXCEEDED',
  inputDepth: 'INPUT_DEPTH_LIMIT_EXCEEDED',
  inputSize: 'INPUT_SIZE_LIMIT_EXCEEDED',
  orderKeys: 'ORDER_LIMIT_EXCEEDED',
  introspection: 'INTROSPECTION_CYCLE_REFUSED',
  fieldDuplicates: 'FIELD_DUPLICATION_LIMIT_EXCEEDED',
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

/** The operation is not a query (this API has no mutations or subscriptions). */
export class OperationNotSupportedError extends CodedError {
  constructor(operation: string) {
    super(`This API answers queries only; ${operation} operations are not supported.`, 'OPERATION_NOT_SUPPORTED', httpExtension(400));
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

/** Neo4j terminated the transaction because it ran past its timeout. */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.TransactionTimedOut',
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
  if (TIMEOUT_CODES.has(error.code)) return new DeadlineExceededError(undefined, 'database statement');
  if (isAcquisitionTimeout(error)) return new DatabaseUnavailableError('no database connection became free in time');
  if (UNAVAILABLE_CODES.has(error.code) || error.retriable) {
    return new DatabaseUnavailableError(error.code);
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized') return new DatabaseAuthError();
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  return error;
}

function isAcquisitionTimeout(error: Neo4jError): boolean {
  return /acquisition timed out|acquire connection/i.test(error.message);
}

function isConnectionRefused(error: unknown): boolean {
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up/.test(error.message);
}
