import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { LoginResult, UserType } from './auth.types';
import { Actor, CurrentUser } from './current-user';
import { FiltersByMembership } from './production-scope';
import { Public, Roles } from './roles.decorator';
import { ALL_ROLES, Role } from '../../common/roles';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginResult, { description: 'Sign in with email and password.' })
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req?: { ip?: string },
  ): Promise<LoginResult> {
    return this.auth
      .login(email, password, req?.ip)
      .then(({ token, user }) => ({ token, user: asUser(user) }));
  }

  // Answers only about the caller, so a person scoped to productions (a vendor too) may ask it.
  @Roles(...ALL_ROLES, Role.VENDOR)
  @FiltersByMembership()
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() actor: Actor): UserType {
    return asUser(actor);
  }
}

// An actor leaves memberships out when there are none (studio-wide); the schema says empty list.
const asUser = (actor: Actor): UserType => ({ ...actor, memberships: actor.memberships ?? [] });
