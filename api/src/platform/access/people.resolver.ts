import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../../common/roles';
import { UuidPipe } from '../graphql/uuid.pipe';
import { Actor, CurrentUser } from '../auth/current-user';
import { Public, Roles } from '../auth/roles.decorator';
import { PeopleService } from './people.service';
import {
  InvitedPerson,
  InvitePersonInput,
  MembershipInput,
  PasswordLinkType,
  PersonType,
} from './people.types';

@Resolver()
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Roles(Role.ADMIN)
  @Query(() => [PersonType], { description: 'Everyone who may sign in, with their last sign-in, by email.' })
  people() {
    return this.service.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitedPerson, {
    description: 'Creates an account and a one-time invitation link (valid 7 days) for the admin to hand on.',
  })
  invitePerson(@Args('input') input: InvitePersonInput, @CurrentUser() actor: Actor) {
    return this.service.invite(input, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PersonType, { description: "Changes a person's role; it applies from their next request." })
  changePersonRole(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('role', { type: () => Role }) role: Role,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.changeRole(id, role, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PersonType, {
    description: 'Deactivates a person: their sign-in tokens are refused at once.',
  })
  deactivatePerson(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.deactivate(id, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PersonType, {
    description: 'Lets a deactivated person sign in again with their password.',
  })
  reactivatePerson(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.reactivate(id, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PersonType, {
    description:
      'Scopes a person to these productions, each with its role (replacing any before); an empty list makes them studio-wide. It applies from their next request.',
  })
  setPersonMemberships(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('memberships', { type: () => [MembershipInput] }) memberships: MembershipInput[],
    @CurrentUser() actor: Actor,
  ) {
    return this.service.setMemberships(id, memberships, actor);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => PasswordLinkType, {
    description:
      'A one-time link (valid 24 hours) for the person to set a new password; older links stop working.',
  })
  resetPersonPassword(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentUser() actor: Actor) {
    return this.service.resetPassword(id, actor);
  }

  @Public()
  @Mutation(() => PersonType, {
    description:
      'Accepts an invitation or a reset link by setting a password: 12 to 256 characters, not the email. The link works once.',
  })
  setPasswordWithLink(@Args('token') token: string, @Args('password') password: string) {
    return this.service.setPasswordWithLink(token, password);
  }
}
