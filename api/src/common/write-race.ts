import { someCause } from './error-causes';
import { AppError } from './errors';

/**
 * PostgreSQL's unique_violation (23505) that a service's own check did not answer first: two
 * requests saved the same key at the same moment and the database let one in. Not a bug in
 * either request, so it answers CONFLICT rather than INTERNAL_SERVER_ERROR; the constraint is
 * logged so a missing check still shows up.
 */
export const isWriteRace = (error: unknown): boolean => someCause(error, (e) => e.code === '23505');

/** The constraint a write race tripped, for the log. */
export const raceConstraint = (error: unknown): string | undefined => {
  let name: string | undefined;
  someCause(error, (e) => {
    if (e.code === '23505' && typeof e.constraint === 'string') name = e.constraint;
    return name !== undefined;
  });
  return name;
};

export const writeRace = () =>
  new AppError(
    'CONFLICT',
    'Someone else saved the same thing at the same moment; reload the page to see what was saved, then try again.',
    { retryable: true, writeRace: true },
  );
