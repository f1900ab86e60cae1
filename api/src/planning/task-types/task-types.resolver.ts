import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { StudioCatalogue } from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { requestLoader } from '../../platform/graphql/request-loader';
import { Role } from '../../common/roles';
import { loadLabourRole } from '../../rates/labour-roles/labour-role.loaders';
import { LabourRolesService } from '../../rates/labour-roles/labour-roles.service';
import {
  BidTemplateInput,
  BidTemplateType,
  TaskTypeConnection,
  TaskTypeInput,
  TaskTypeRow,
  TaskTypeType,
} from './task-type.types';
import { TaskTypesService } from './task-types.service';

@Resolver(() => TaskTypeType)
export class TaskTypesResolver {
  constructor(
    private readonly service: TaskTypesService,
    private readonly roles: LabourRolesService,
  ) {}

  @AnyRole()
  @StudioCatalogue()
  @Query(() => TaskTypeConnection, {
    description: 'Task types with their baseline roles and bid templates, by code.',
  })
  taskTypes(@Args() page: PageArgs) {
    return this.service.list(page.first, page.after);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => TaskTypeType, { description: 'Creates a task type, or changes the one with this code.' })
  saveTaskType(@Args('input') input: TaskTypeInput, @CurrentUser() actor: Actor) {
    return this.service.saveType(input, actor.id);
  }

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => BidTemplateType, {
    description: 'Sets the bid of a task type at one complexity (replacing it if set).',
  })
  setBidTemplate(@Args('input') input: BidTemplateInput, @CurrentUser() actor: Actor) {
    return this.service.setTemplate(input, actor.id);
  }

  @ResolveField()
  baselineRole(@Parent() type: TaskTypeRow, @Context() context: object) {
    return loadLabourRole(context, this.roles, type.baselineRoleId);
  }

  @ResolveField()
  async bidTemplates(@Parent() type: TaskTypeRow, @Context() context: object) {
    const templates = requestLoader(context, 'taskType.bidTemplates', (codes: readonly string[]) =>
      this.service.templatesByType(codes),
    );
    return (await templates.load(type.code)) ?? [];
  }
}
