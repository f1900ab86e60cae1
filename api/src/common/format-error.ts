import { GraphQLFormattedError } from 'graphql';

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'POLICY_BLOCKED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * What leaves the server: our codes and sentences as they are; anything unexpected becomes a
 * generic INTERNAL_SERVER_ERROR (logged with its stack by the caller). Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!PUBLIC_CODES.has(code)) {
    return {
      message:
        'Something went wrong on the server; try again, and if it persists give the request id to an admin.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
  void _stack;
  void _exception;
  return { ...formatted, extensions: { ...extensions, code } };
}
