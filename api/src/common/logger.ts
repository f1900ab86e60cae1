import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** Structured JSON logs on stdout; one logger per process, children per request. */
export function createLogger(level: string, name = 'api'): Logger {
  return pino({ name, level, base: { service: `frameledger-${name}` } });
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
    this.logger.error({ err: message instanceof Error ? message : undefined, detail: rest }, String(message));
  }
}
