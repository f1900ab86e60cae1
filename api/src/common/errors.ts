import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'POLICY_BLOCKED'
  | 'LIMIT_EXCEEDED'
  | 'RESOURCE_EXHAUSTED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/**
 * Every error a client can see: a code to branch on and a sentence a person can act on.
 * Extra fields (the input path, the policy rule id) ride in `extensions`.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, ...extra });
export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `No ${what} has the id ${id}; check the id or reload the list.`);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const unauthenticated = (message = 'Sign in first: this request carries no valid token.') =>
  new AppError('UNAUTHENTICATED', message);
