import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Logger } from 'pino';
import { CodedError, LIMIT_CODES, mapDriverError } from '../errors';
import { tokenLimitOf } from './request-shape-limits';

/** What the error plugin needs of the request context. */
export interface RequestIdentified {
  requestId?: string;
}

/**
 * Apollo `formatError`: deliberate errors (coded, validation, parse) pass through with their
 * code; anything else reaches clients as "Unexpected error." with code INTERNAL_SERVER_ERROR
 * (errorLoggingPlugin logs it in full and adds the request id). Driver errors that escaped a
 * repository are mapped here too.
 */
export function createErrorFormatter(_logger?: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const coded = findCodedError(error);
    if (coded) {
      const { http: _http, ...extensions } = coded.extensions as Record<string, unknown>;
      return { ...formatted, message: coded.message, extensions: { ...formatted.extensions, ...extensions } };
    }
    const maxTokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitOf(formatted.message) : undefined;
    if (maxTokens !== undefined) {
      return {
        message: `The document has more than ${maxTokens} tokens, the limit.`,
        extensions: { code: LIMIT_CODES.tokens, limit: 'tokens', max: maxTokens },
      };
    }
    if (/Too many errors processing variables/.test(formatted.message)) {
      return { message: 'Too many invalid variable values; fix the first ones reported and try again.', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (formatted.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(formatted.extensions.validationErrors)) {
      return { ...formatted, message: describeValidationErrors(formatted.extensions.validationErrors) };
    }
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    return {
      message: 'Unexpected error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Logs every error of a request with its request id: client mistakes and refusals at warn with
 * their code and no stack, unexpected errors at error in full; and adds the request id to the
 * masked errors a client receives, so an operator can find the log line.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestIdentified> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const coded = findCodedError(error);
            const code = coded?.extensions.code ?? error.extensions?.code;
            const requestId = contextValue.requestId;
            if (code && code !== 'INTERNAL_SERVER_ERROR') {
              logger.warn({ requestId, code, operationName, path: error.path }, error.message);
            } else {
              logger.error({ requestId, operationName, path: error.path, err: unwrapResolverError(error) }, 'unexpected error in a GraphQL request');
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !contextValue.requestId) return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
        },
      };
    },
  };
}

/** The deliberate error behind `error`: itself, a driver error mapped to one, or one wrapped by Apollo. */
function findCodedError(error: unknown): CodedError | undefined {
  let current: unknown = error;
  for (let hops = 0; current && hops < 5; hops += 1) {
    const mapped = mapDriverError(unwrapResolverError(current));
    if (mapped instanceof CodedError) return mapped;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}

/** type-graphql reports class-validator failures as "Argument Validation Error"; name them instead. */
function describeValidationErrors(errors: { constraints?: Record<string, string> }[]): string {
  const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  return reasons.length ? `Invalid arguments: ${reasons.join('; ')}.` : 'Invalid arguments.';
}
