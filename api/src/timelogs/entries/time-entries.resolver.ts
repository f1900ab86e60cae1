import { ApiScope, Scope } from '../../platform/auth/scopes';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { AnyRole, Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { loadTask } from '../../planning/tasks/task.loaders';
import { TasksService } from '../../planning/tasks/tasks.service';
import { loadLabourRole } from '../../rates/labour-roles/labour-role.loaders';
import { LabourRolesService } from '../../rates/labour-roles/labour-roles.service';
import {
  LogTimeEntriesResult,
  TimeEntryConnection,
  TimeEntryFilterArgs,
  TimeEntryInput,
  TimeEntryRow,
  TimeEntryType,
} from './time-entry.types';
import { TimeEntriesService } from './time-entries.service';

@Resolver(() => TimeEntryType)
export class TimeEntriesResolver {
  constructor(
    private readonly service: TimeEntriesService,
    private readonly tasks: TasksService,
    private readonly roles: LabourRolesService,
  ) {}

  @AnyRole()
  @Query(() => TimeEntryConnection, {
    description: "A production's time entries by date, filtered by task, person, dates or kind.",
  })
  timeEntries(@Args() args: TimeEntryFilterArgs) {
    return this.service.list(args);
  }

  // VENDOR: on tasks assigned to its company only (the roles guard checks).
  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR, Role.VENDOR)
  @Scope(ApiScope.TIME_WRITE)
  @Mutation(() => TimeEntryType, { description: 'Logs one time entry.' })
  logTimeEntry(@Args('input') input: TimeEntryInput, @CurrentUser() actor: Actor) {
    return this.service.logOne(input, actor.id);
  }

  // VENDOR: on tasks assigned to its company only (the roles guard checks).
  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR, Role.VENDOR)
  @Scope(ApiScope.TIME_WRITE)
  @Mutation(() => LogTimeEntriesResult, {
    description:
      'Logs up to 5,000 entries, checked as a whole: one bad entry refuses the batch and nothing is saved.',
  })
  logTimeEntries(
    @Args('entries', { type: () => [TimeEntryInput] }) entries: TimeEntryInput[],
    @CurrentUser() actor: Actor,
  ) {
    return this.service.logMany(entries, actor.id);
  }

  @ResolveField()
  task(@Parent() entry: TimeEntryRow, @Context() context: object) {
    return loadTask(context, this.tasks, entry.taskId);
  }

  @ResolveField()
  role(@Parent() entry: TimeEntryRow, @Context() context: object) {
    return loadLabourRole(context, this.roles, entry.roleId);
  }
}
