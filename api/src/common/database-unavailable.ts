import { someCause } from './error-causes';
import { AppError } from './errors';

/**
 * SQLSTATEs that mean the server went away or is not accepting work yet, not that the query was
 * wrong: class 08 (connection exceptions) but 08P01, 57P01 admin shutdown, 57P02 crash shutdown,
 * 57P03 cannot connect now (starting up or shutting down). 08P01 (protocol violation) is what a
 * query bound with the wrong number of parameters gets: our bug, so not retryable.
 */
const UNAVAILABLE_STATES = /^(08(?!P01)...|57P0[123])$/;
/** Socket errors from reaching the server at all. */
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/**
 * node-postgres's own wording for a connection that dropped or never opened (no code attached),
 * including a query sent on a client the outage already closed.
 */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Client was closed and is not queryable/i;
/**
 * TypeORM releases a transaction's query runner when its connection errors (the server went away
 * mid-transaction), so the transaction's next query, or its COMMIT, fails with one of these rather
 * than the driver's error. Our code never holds a runner past its transaction, so neither is a bug
 * of ours.
 */
const UNAVAILABLE_TYPES = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

/**
 * Whether an error (or what it wraps) says the database could not be reached. Such a failure is
 * not a bug in the request: the same request succeeds once the database is back.
 */
export const isDatabaseUnavailable = (error: unknown): boolean =>
  someCause(
    error,
    (e) =>
      (typeof e.code === 'string' && (UNAVAILABLE_STATES.test(e.code) || UNAVAILABLE_ERRNOS.has(e.code))) ||
      (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) ||
      UNAVAILABLE_TYPES.has((e as object).constructor?.name ?? ''),
  );

/** How long a client should wait before trying again; the database usually restarts within seconds. */
export const RETRY_AFTER_SECONDS = 5;

/** The coded answer to a request that failed because the database could not be reached. */
export const databaseUnavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    `The database cannot be reached right now (it may be restarting); try again in ${RETRY_AFTER_SECONDS} seconds.`,
    { retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS },
  );
