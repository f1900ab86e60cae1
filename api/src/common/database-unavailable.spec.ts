import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { formatError } from './format-error';

const pgError = (code: string, message = 'terminating connection') =>
  Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['admin shutdown', pgError('57P01')],
    ['crash shutdown', pgError('57P02')],
    ['starting up', pgError('57P03', 'the database system is starting up')],
    ['connection failure', pgError('08006')],
    ['refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['dropped', new Error('Connection terminated unexpectedly')],
    ['a client the outage closed', new Error('Client was closed and is not queryable')],
    ['refused on every address', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
    [
      "TypeORM's wrapper",
      Object.assign(new Error('Query failed'), { driverError: new Error('Connection terminated') }),
    ],
    [
      'a transaction whose connection TypeORM released when it dropped',
      new QueryRunnerProviderAlreadyReleasedError(),
    ],
    [
      'a COMMIT on a runner TypeORM released when its connection dropped',
      new QueryRunnerAlreadyReleasedError(),
    ],
    [
      "Apollo's context wrapper",
      new GraphQLError('Context creation failed: x', { originalError: pgError('57P01') }),
    ],
  ])('recognises %s', (_what, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key')],
    ['a syntax error', pgError('42601')],
    [
      'a query bound with too many parameters',
      pgError('08P01', 'bind message supplies 7 parameters, but prepared statement "" requires 5'),
    ],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('leaves %s alone', (_what, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe('formatError with an unreachable database', () => {
  const formatted = { message: 'Connection terminated', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('answers the retryable SERVICE_UNAVAILABLE with a sentence that says to try again', () => {
    const answer = formatError(formatted, new GraphQLError('x', { originalError: pgError('57P01') }));
    expect(answer.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true, retryAfterSeconds: 5 });
    expect(answer.message).toMatch(/try again in 5 seconds/);
  });

  it('still hides any other unexpected error as INTERNAL_SERVER_ERROR', () => {
    const answer = formatError(formatted, new GraphQLError('x', { originalError: new TypeError('bug') }));
    expect(answer.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
