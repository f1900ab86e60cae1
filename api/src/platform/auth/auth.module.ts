import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { LoginThrottleRepository } from './login-throttle.repository';
import { MembershipsRepository } from './memberships.repository';
import { RolesGuard } from './roles.guard';
import { Tokens } from './tokens';
import { UsersRepository } from './users.repository';

@Module({
  providers: [
    AuthService,
    AuthResolver,
    ApiTokensRepository,
    ApiTokensService,
    Tokens,
    UsersRepository,
    MembershipsRepository,
    LoginThrottle,
    LoginThrottleRepository,
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, UsersRepository, ApiTokensService, MembershipsRepository, Tokens],
})
export class AuthModule {}
