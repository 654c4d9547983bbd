import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from 'pino';
import { CodedError, mapDriverError } from '../errors';

/**
 * Apollo `formatError`: deliberate errors (coded, validation, parse) pass through; anything else
 * is logged in full for operators and reaches clients as "Unexpected error." with code
 * INTERNAL_SERVER_ERROR. Driver errors that escaped a repository are mapped here too.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = mapDriverError(unwrapResolverError(error));
    if (original instanceof CodedError) {
      return { ...formatted, message: original.message, extensions: original.extensions };
    }
    if (formatted.extensions?.code === 'BAD_USER_INPUT' && Array.isArray(formatted.extensions.validationErrors)) {
      return { ...formatted, message: describeValidationErrors(formatted.extensions.validationErrors) };
    }
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Unexpected error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** type-graphql reports class-validator failures as "Argument Validation Error"; name them instead. */
function describeValidationErrors(errors: { constraints?: Record<string, string> }[]): string {
  const reasons = errors.flatMap((error) => Object.values(error.constraints ?? {}));
  return reasons.length ? `Invalid arguments: ${reasons.join('; ')}.` : 'Invalid arguments.';
}
