import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuthModule } from '../auth/auth.module';
import { OidcClient } from './oidc-client';
import { SsoIdentitiesRepository } from './sso-identities.repository';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

/** OpenID Connect sign-in (docs/decisions/0033-openid-connect-sign-in.md). */
@Module({
  imports: [AuthModule, AccessModule],
  controllers: [SsoController],
  providers: [OidcClient, SsoService, SsoResolver, SsoIdentitiesRepository],
})
export class SsoModule {}
