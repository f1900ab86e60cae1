import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { Public } from '../auth/roles.decorator';
import { SignInOptions } from './sso.types';

@Resolver()
export class SsoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Public: the sign-in page asks before anyone has a token. It names the provider, nothing secret.
  @Public()
  @Query(() => SignInOptions, { description: 'How people sign in here: passwords, single sign-on, or both.' })
  signInOptions(): SignInOptions {
    const sso = this.config.sso;
    return {
      passwords: this.config.localPasswords,
      singleSignOn: sso ? { providerName: sso.providerName, startPath: '/api/sso/start' } : undefined,
    };
  }
}
