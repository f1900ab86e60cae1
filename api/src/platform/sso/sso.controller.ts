import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { AppError } from '../../common/errors';
import { Public } from '../auth/roles.decorator';
import { OidcClient } from './oidc-client';
import { SsoError, ssoErrors } from './sso.errors';
import { SsoService } from './sso.service';
import { clearedStateCookie, readStateCookie, stateCookie } from './state-cookie';

/** Where the dashboard finishes a sign-in: it reads the token or the refusal from the fragment. */
export const SSO_DONE_PATH = '/sign-in/sso';

/**
 * The browser's two legs of OpenID Connect sign-in. Both answer with redirects; the outcome goes
 * back in the URL fragment, which browsers never send to a server or put in a Referer.
 */
@Controller('api/sso')
export class SsoController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly client: OidcClient,
    private readonly sso: SsoService,
  ) {}

  @Public()
  @Get('start')
  async start(@Res() res: Response) {
    const sso = this.enabled();
    try {
      const { url, pending } = await this.client.authorizationUrl();
      res.setHeader(
        'Set-Cookie',
        stateCookie(pending, this.config.jwtSecret, sso.redirectUrl.startsWith('https:')),
      );
      res.redirect(302, url.href);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    this.enabled();
    res.setHeader('Set-Cookie', clearedStateCookie());
    try {
      const pending = readStateCookie(req.headers.cookie, this.config.jwtSecret);
      if (!pending) throw ssoErrors.state();
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const claims = await this.client.exchange(query, pending);
      const { token } = await this.sso.signIn(claims);
      res.redirect(302, `${SSO_DONE_PATH}#${new URLSearchParams({ token })}`);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  private enabled() {
    if (!this.config.sso) {
      throw new AppError(
        'NOT_FOUND',
        'Single sign-on is not set up here; sign in with your email and password.',
      );
    }
    return this.config.sso;
  }

  private refuse(res: Response, error: unknown) {
    if (!(error instanceof SsoError)) throw error;
    res.redirect(
      302,
      `${SSO_DONE_PATH}#${new URLSearchParams({ error: error.code, message: error.message })}`,
    );
  }
}
