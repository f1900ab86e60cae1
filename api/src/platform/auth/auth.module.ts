import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
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
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, UsersRepository, ApiTokensService],
})
export class AuthModule {}
