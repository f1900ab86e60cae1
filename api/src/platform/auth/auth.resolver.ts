import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthService } from './auth.service';
import { LoginResult, UserType } from './auth.types';
import { Actor, CurrentUser } from './current-user';
import { AnyRole, Public } from './roles.decorator';

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
    return this.auth.login(email, password, req?.ip);
  }

  @AnyRole()
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@CurrentUser() actor: Actor): UserType {
    return actor;
  }
}
