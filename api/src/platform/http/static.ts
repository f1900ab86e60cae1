import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';

const API_PREFIXES = ['/graphql', '/files', '/healthz', '/readyz', '/metrics', '/api'];

/** Where `nx build web` puts the dashboard, relative to the compiled or source api. */
export function webDistDir(): string | undefined {
  const candidates = [
    resolve(__dirname, '../../../../../../web/dist'),
    resolve(__dirname, '../../../../web/dist'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * Serves the built dashboard at `/`, and its index.html for any other GET that is not an API
 * path, so client-side routes such as /productions/123 survive a reload.
 */
export function serveDashboard(app: NestExpressApplication, dir: string | undefined): void {
  if (!dir) return;
  app.useStaticAssets(dir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex });
  app.use((req: { method: string; path: string }, res: { sendFile(p: string): void }, next: () => void) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || req.path.includes('.')) {
      return next();
    }
    res.sendFile(join(dir, 'index.html'));
  });
}

function noCacheForIndex(res: { setHeader(k: string, v: string): void }, path: string) {
  if (path.endsWith('index.html')) res.setHeader('Cache-Control', 'no-cache');
}
