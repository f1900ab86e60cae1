import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ApiTokensResolver } from './api-tokens.resolver';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/**
 * Who may get in: the admin's operations on people (invitations, roles, deactivation, password
 * links) and on API tokens. Kept apart from platform/auth, which reads
 * tokens on every request, so that the admin side may use the GraphQL helpers auth cannot.
 */
@Module({
  imports: [AuthModule],
  providers: [ApiTokensResolver, PeopleRepository, PeopleResolver, PeopleService],
  exports: [PeopleRepository],
})
export class AccessModule {}
