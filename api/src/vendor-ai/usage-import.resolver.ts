import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '../common/roles';
import { Actor, CurrentUser } from '../platform/auth/current-user';
import { Roles } from '../platform/auth/roles.decorator';
import { UsageImportService } from './usage-import.service';
import { AiUsageImportType, ImportAiUsageArgs } from './vendor-ai.types';

@Resolver(() => AiUsageImportType)
export class UsageImportResolver {
  constructor(private readonly service: UsageImportService) {}

  @Roles(Role.ADMIN, Role.PLANNER, Role.OPERATOR)
  @Mutation(() => AiUsageImportType, {
    description:
      "Imports a vendor's usage export as external AI runs (docs/imports.md). Dry run (the default): every problem by line, nothing written. Commit: all or nothing.",
  })
  importAiUsage(@Args() args: ImportAiUsageArgs, @CurrentUser() actor: Actor) {
    return this.service.import(args, actor.id);
  }
}
