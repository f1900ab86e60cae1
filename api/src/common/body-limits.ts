import { json } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '../config/config';

/**
 * Body size limits per route: /graphql reads up to the import limit (a breakdown or time-log
 * file travels as a mutation argument) and request-guard holds every other operation to
 * graphqlMaxBodyBytes; other JSON routes take 100 KB. Uploads are multipart, limited by
 * their own routes (MAX_MODEL_BYTES, frames).
 */
export function applyBodyLimits(app: NestExpressApplication, config: AppConfig): void {
  app.use('/graphql', json({ limit: config.importMaxBytes }));
  app.use(json({ limit: '100kb' }));
}
