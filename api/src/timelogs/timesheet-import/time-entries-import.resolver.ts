import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { loadTask } from '../../planning/tasks/task.loaders';
import { TasksService } from '../../planning/tasks/tasks.service';
import {
  ImportedTimeEntryType,
  ImportTimeEntriesArgs,
  TimeEntriesImportType,
} from './time-entries-import.types';
import { TimeEntriesImportService } from './time-entries-import.service';

@Resolver(() => TimeEntriesImportType)
export class TimeEntriesImportResolver {
  constructor(private readonly service: TimeEntriesImportService) {}

  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR)
  @Mutation(() => TimeEntriesImportType, {
    description:
      'Imports a time-log CSV. Dry run (the default): the entries and line-numbered problems. Commit: all or nothing.',
  })
  importTimeEntries(@Args() args: ImportTimeEntriesArgs, @CurrentUser() actor: Actor) {
    return this.service.import(args, actor.id);
  }
}

/** An imported line's task, so a dry run reads as shot and task type rather than an id. */
@Resolver(() => ImportedTimeEntryType)
export class ImportedTimeEntryResolver {
  constructor(private readonly tasks: TasksService) {}

  @ResolveField()
  task(@Parent() entry: ImportedTimeEntryType, @Context() context: object) {
    return loadTask(context, this.tasks, entry.taskId);
  }
}
