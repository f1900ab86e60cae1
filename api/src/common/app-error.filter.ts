import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from './errors';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  POLICY_BLOCKED: 422,
};

/**
 * Our coded errors are answers, not crashes: in GraphQL they go back to Apollo untouched (and
 * unlogged); on REST routes (file upload and download) they become JSON with the same code.
 */
@Catch(GraphQLError)
export class AppErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const response = host.switchToHttp().getResponse<{ status(n: number): { json(b: unknown): void } }>();
    response.status(HTTP_STATUS[code] ?? 500).json({
      error: { code, message: error.message, ...(error instanceof AppError ? error.extensions : {}) },
    });
  }
}
