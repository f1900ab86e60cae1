import { json, NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../config/config';

/**
 * Body size limits per route: /graphql reads up to the import limit (a breakdown or time-log
 * file travels as a mutation argument) and request-guard holds every other operation to
 * graphqlMaxBodyBytes; other JSON routes take 100 KB. Uploads are multipart, limited by
 * their own routes (MAX_MODEL_BYTES, frames). A body over the limit is refused before it is
 * read in full, with LIMIT_EXCEEDED in the route's own error shape.
 */
export function applyBodyLimits(app: NestExpressApplication, config: AppConfig): void {
  app.use('/graphql', json({ limit: config.importMaxBytes }));
  app.use(json({ limit: '100kb' }));
  app.use(refuseUnreadable);
}

function refuseUnreadable(error: unknown, req: Request, res: Response, next: NextFunction) {
  const e = error as { type?: string; limit?: number; status?: number };
  if (!e || typeof e.type !== 'string' || !e.type.startsWith('entity.')) return next(error);
  const tooLarge = e.type === 'entity.too.large';
  const code = tooLarge ? 'LIMIT_EXCEEDED' : 'BAD_USER_INPUT';
  const message = tooLarge
    ? `The request body is over the ${((e.limit ?? 0) / 1024 ** 2).toFixed(1)} MB this route takes; send less at once.`
    : 'The request body is not JSON this server can read; send a JSON object.';
  const extensions = tooLarge ? { code, limit: e.limit } : { code, field: 'body' };
  res
    .status(tooLarge ? 413 : 400)
    .json(
      req.originalUrl.split('?')[0] === '/graphql'
        ? { errors: [{ message, extensions }] }
        : { error: { message, ...extensions } },
    );
}
