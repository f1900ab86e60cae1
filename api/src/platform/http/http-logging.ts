import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { httpDuration } from '../metrics/metrics';
import { bounded, safeError } from '../../common/safe-error';

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
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: bounded(String(req.url), 300) }),
      err: safeError,
    },
  });
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const stop = httpDuration.startTimer({ method: methodLabel(req.method) });
    res.on('finish', () => stop({ route: routeLabel(req), status: res.statusCode }));
    log(req, res, next);
  };
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const methodLabel = (method: string | undefined) => (method && METHODS.has(method) ? method : 'other');

/**
 * The route a request matched, as its template (`/files/:id`), never the caller's path: made-up
 * paths all count as `other`, so the /metrics series stay as many as the routes.
 */
export function routeLabel(req: IncomingMessage & { route?: { path?: unknown }; baseUrl?: string }): string {
  const template = req.route?.path;
  if (typeof template === 'string') return `${req.baseUrl ?? ''}${template}`;
  const path = (req.url ?? '').split('?')[0];
  if (path === '/graphql') return '/graphql';
  return /^\/assets\/[\w.-]+$/.test(path) || path === '/' ? 'dashboard' : 'other';
}
