import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { httpDuration } from '../health/metrics';

/**
 * Gives every request an id (the caller's X-Request-Id when sane, else a new one), echoes it
 * back, logs the request as JSON with it, and times it for /metrics.
 */
export function httpLogging(logger: Logger) {
  const log = pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
    serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }) },
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const stop = httpDuration.startTimer({ method: req.method });
    res.on('finish', () =>
      stop({ route: (req.url ?? '').split('?')[0].split('/')[1] || '/', status: res.statusCode }),
    );
    log(req, res, next);
  };
}
