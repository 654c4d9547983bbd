import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { createLogger } from '../logger';
import { BadUserInputError } from '../errors';
import { createErrorFormatter } from './mask-unexpected-errors';

describe('createErrorFormatter', () => {
  const format = createErrorFormatter(createLogger('silent'));
  const internal = { message: 'boom at /secret/path', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('masks unexpected errors as "Unexpected error."', () => {
    expect(format(internal, new Error('boom at /secret/path'))).toEqual({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes deliberate coded errors through with their code', () => {
    const error = new BadUserInputError('first must be at most 100');
    expect(format({ message: error.message, extensions: error.extensions }, error)).toMatchObject({
      message: 'first must be at most 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('maps a driver error that escaped a repository to DATABASE_UNAVAILABLE', () => {
    const driverError = new Neo4jError('connection refused', 'ServiceUnavailable', 'N/A', 'N/A');
    expect(format(internal, new GraphQLError('wrapped', { originalError: driverError, path: ['programmes'] }))).toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });
});
