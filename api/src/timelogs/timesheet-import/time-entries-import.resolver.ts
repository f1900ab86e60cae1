import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { ImportTimeEntriesArgs, TimeEntriesImportType } from './time-entries-import.types';
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
