import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { bounded, safeError } from './safe-error';

/**
 * Structured JSON logs on stdout; one logger per process, children per request. Errors go
 * through safeError: no query parameters, bounded length.
 */
export function createLogger(level: string, name = 'api', destination?: pino.DestinationStream): Logger {
  const options = { name, level, base: { service: `frameledger-${name}` }, serializers: { err: safeError } };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's own messages (module wiring, unhandled errors) as the same JSON lines. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  error(message: unknown, ...rest: unknown[]) {
    const err = message instanceof Error ? message : undefined;
    this.logger.error(
      { err, detail: rest.map((r) => bounded(String(r), 200)) },
      err ? String(safeError(err).message) : bounded(String(message), 500),
    );
  }
}
