import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import { Roles } from '../../platform/auth/roles.decorator';
import { Role } from '../../common/roles';
import { BreakdownImportType, ImportBreakdownArgs } from './breakdown.types';
import { BreakdownImportService } from './breakdown-import.service';

@Resolver(() => BreakdownImportType)
export class BreakdownImportResolver {
  constructor(private readonly service: BreakdownImportService) {}

  @Roles(Role.ADMIN, Role.PLANNER)
  @Mutation(() => BreakdownImportType, {
    description:
      'Imports a shot breakdown (EDL, OTIO or CSV). Dry run (the default): what would be created, with line-numbered problems. ' +
      'Commit: all or nothing.',
  })
  importBreakdown(@Args() args: ImportBreakdownArgs, @CurrentUser() actor: Actor) {
    return this.service.import(args, actor.id);
  }
}
