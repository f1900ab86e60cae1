import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ApiTokensResolver } from './api-tokens.resolver';

/**
 * Who may get in: the admin's operations on API tokens. Kept apart from platform/auth, which reads
 * tokens on every request, so that the admin side may use the GraphQL helpers auth cannot.
 */
@Module({
  imports: [AuthModule],
  providers: [ApiTokensResolver],
})
export class AccessModule {}
