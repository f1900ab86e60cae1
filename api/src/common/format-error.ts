import { GraphQLFormattedError } from 'graphql';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { isWriteRace, writeRace } from './write-race';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'POLICY_BLOCKED',
  'LIMIT_EXCEEDED',
  'RESOURCE_EXHAUSTED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const INTERNAL_MESSAGE =
  'Something went wrong on the server; try again, and if it persists give the request id to an admin.';

/**
 * The field a GraphQL coercion error is about, from graphql-js's own wording:
 * `Variable "$input" got invalid value "x" at "input.currency"` or `Variable "$id" of ...`.
 */
function coercionField(message: string): string | undefined {
  const at = /got invalid value .* at "([\w.[\]]+)"/s.exec(message);
  const variable = /^Variable "\$(\w+)"/.exec(message);
  const base = at?.[1] ?? variable?.[1];
  // `...; Field "taskId" of required type "ID!" was not provided.` / `Field "x" is not defined by type`
  const missing = /; Field "(\w+)" (?:of required type|is not defined)/.exec(message);
  if (base) return missing ? `${base}.${missing[1]}` : base;
  const argument = /^Argument "(\w+)"|^Field "\w+" argument "(\w+)"/.exec(message);
  return argument ? (argument[1] ?? argument[2]) : undefined;
}

/**
 * What leaves the server: our codes and sentences as they are; anything unexpected becomes a
 * generic INTERNAL_SERVER_ERROR (logged once, and given the request id, by graphql.options'
 * observe plugin). Never a stack trace. BAD_USER_INPUT always names a `field`, graphql-js's
 * coercion errors included. A failure to reach the database (`error`, the thrown error) is no bug:
 * it answers the retryable SERVICE_UNAVAILABLE. Two saves of one key at the same moment
 * (a unique violation no service check answered) answer CONFLICT.
 */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!PUBLIC_CODES.has(code) && isDatabaseUnavailable(error)) {
    const unavailable = databaseUnavailable();
    return {
      message: unavailable.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: unavailable.extensions,
    };
  }
  if (!PUBLIC_CODES.has(code) && isWriteRace(error)) {
    const race = writeRace();
    return {
      message: race.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: race.extensions,
    };
  }
  if (!PUBLIC_CODES.has(code)) {
    return {
      message: INTERNAL_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const {
    stacktrace: _stack,
    exception: _exception,
    http: _http,
    ...extensions
  } = formatted.extensions ?? {};
  void _stack;
  void _exception;
  void _http;
  if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
    extensions.field = coercionField(formatted.message) ?? 'input';
  }
  return { ...formatted, extensions: { ...extensions, code } };
}
