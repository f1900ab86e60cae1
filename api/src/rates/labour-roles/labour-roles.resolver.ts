import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { StudioCatalogue } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { Role } from '../../common/roles';
import { UuidPipe } from '../../platform/graphql/uuid.pipe';
import { LabourRoleInput } from './labour-role.input';
import { LabourRoleConnection, LabourRoleType } from './labour-role.types';
import { LabourRolesService } from './labour-roles.service';

@Resolver(() => LabourRoleType)
export class LabourRolesResolver {
  constructor(private readonly service: LabourRolesService) {}

  @AnyRole()
  @StudioCatalogue()
  @Query(() => LabourRoleConnection, { description: 'Labour roles, ordered by code.' })
  labourRoles(@Args() page: PageArgs) {
    return this.service.list(page.first, page.after);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => LabourRoleType)
  createLabourRole(@Args('input') input: LabourRoleInput, @CurrentUser() actor: Actor) {
    return this.service.create(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => LabourRoleType)
  updateLabourRole(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: LabourRoleInput,
    @CurrentUser() actor: Actor,
  ) {
    return this.service.update(id, input, actor.id);
  }
}
