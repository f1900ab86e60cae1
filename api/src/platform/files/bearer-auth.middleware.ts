import { Injectable, NestMiddleware } from '@nestjs/common';
import { AuthService } from '../auth/auth.service';
import { RequestContext } from '../auth/current-user';

/**
 * REST routes (file upload and download) read the same bearer token as GraphQL. The roles guard
 * then checks `req.user` exactly as it does for a GraphQL operation.
 */
@Injectable()
export class BearerAuthMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: RequestContext['req'], _res: unknown, next: (error?: unknown) => void): Promise<void> {
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header) : null;
    try {
      const { user, refusal } = match ? await this.auth.authenticate(match[1]) : {};
      req.user = user;
      req.refusal = refusal;
      next();
    } catch (error) {
      next(error);
    }
  }
}
