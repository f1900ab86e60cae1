import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../../common/roles';
import { UuidPipe } from '../graphql/uuid.pipe';
import { Actor, CurrentUser } from '../auth/current-user';
import { Roles } from '../auth/roles.decorator';
import { ApiTokensService } from '../auth/api-tokens.service';
import { ApiTokenType, CreateApiTokenInput, CreatedApiToken } from '../auth/api-tokens.types';

@Resolver()
export class ApiTokensResolver {
  constructor(private readonly service: ApiTokensService) {}

  @Roles(Role.ADMIN)
  @Query(() => [ApiTokenType], { description: 'Every API token, newest first, revoked ones included.' })
  apiTokens() {
    return this.service.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates a named token for a tool, with a role and scopes; its secret is in this answer only.',
  })
  createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ApiTokenType, { description: 'Revokes a token: its next request is refused.' })
  revokeApiToken(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.revoke(id, actor);
  }
}
