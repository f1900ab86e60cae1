import { GraphQLError } from 'graphql';
import { formatError } from './format-error';
import { isWriteRace, raceConstraint } from './write-race';

const pgError = (code: string, constraint?: string) =>
  Object.assign(new Error('duplicate key value violates unique constraint'), { code, constraint });

describe('a write race (two saves of one key at the same moment)', () => {
  const typeorm = Object.assign(new Error('Query failed'), {
    driverError: pgError('23505', 'shot_code_key'),
  });

  it("is read through TypeORM's and GraphQL's wrappers, with the constraint it tripped", () => {
    const wrapped = new GraphQLError('x', { originalError: typeorm });
    expect(isWriteRace(wrapped)).toBe(true);
    expect(raceConstraint(wrapped)).toBe('shot_code_key');
  });

  it.each([
    ['a foreign key violation', pgError('23503')],
    ['an unreachable database', pgError('57P01')],
    ['a plain bug', new TypeError('x')],
    ['nothing', undefined],
  ])('is not %s', (_what, error) => expect(isWriteRace(error)).toBe(false));

  it('answers CONFLICT with a sentence that says to reload and try again, not INTERNAL_SERVER_ERROR', () => {
    const answer = formatError(
      { message: 'duplicate key', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError('x', { originalError: typeorm }),
    );
    expect(answer.extensions).toEqual({ code: 'CONFLICT', retryable: true, writeRace: true });
    expect(answer.message).toMatch(/at the same moment; reload the page/);
  });
});
