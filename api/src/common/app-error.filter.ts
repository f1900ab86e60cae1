import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Logger } from 'pino';
import { LOGGER } from '../config/config.module';
import { databaseUnavailable, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable';
import { isWriteRace, raceConstraint, writeRace } from './write-race';
import { AppError, ErrorCode } from './errors';
import { INTERNAL_MESSAGE } from './format-error';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  POLICY_BLOCKED: 422,
  LIMIT_EXCEEDED: 429,
  RESOURCE_EXHAUSTED: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** Nest's own HTTP refusals (an unknown route, a body over the limit) in our codes. */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413 || status === 429) return 'LIMIT_EXCEEDED';
  return status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
}

interface HttpResponse {
  status(n: number): { json(b: unknown): void };
  setHeader(name: string, value: string): void;
}

/**
 * One error contract for every route. In GraphQL every error goes back to Apollo untouched
 * (formatError turns an uncoded one into INTERNAL_SERVER_ERROR and logs it once). On REST
 * routes (files, reports, metrics) a coded error becomes JSON with the same code; a database that
 * cannot be reached answers 503 SERVICE_UNAVAILABLE with Retry-After; anything unexpected is
 * logged once with the request id and answers INTERNAL_SERVER_ERROR.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const http = host.switchToHttp();
    const response = http.getResponse<HttpResponse>();
    const requestId = http.getRequest<{ id?: string }>().id;
    if (!(error instanceof AppError) && isDatabaseUnavailable(error)) {
      this.logger.warn({ requestId }, 'the database cannot be reached; answered SERVICE_UNAVAILABLE');
      return this.catch(databaseUnavailable(), host);
    }
    if (!(error instanceof AppError) && isWriteRace(error)) {
      this.logger.warn(
        { requestId, constraint: raceConstraint(error) },
        'two writes raced; answered CONFLICT',
      );
      return this.catch(writeRace(), host);
    }
    if (error instanceof GraphQLError) {
      const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const { http: _http, ...extensions } = error instanceof AppError ? error.extensions : {};
      void _http;
      if (code === 'SERVICE_UNAVAILABLE') response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return response.status(HTTP_STATUS[code] ?? 500).json({
        error: { code, message: error.message, ...extensions },
      });
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      // A deliberate 5xx (readyz's 503) keeps its own body.
      if (status >= 500) return response.status(status).json(body);
      const message =
        typeof body === 'object' && body && 'message' in body
          ? String((body as { message: unknown }).message)
          : error.message;
      return response.status(status).json({ error: { code: codeForStatus(status), message } });
    }
    this.logger.error({ err: error, requestId }, 'unexpected error on a REST route');
    response
      .status(500)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE, requestId } });
  }
}
