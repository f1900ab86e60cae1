import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../platform/auth/roles.decorator';
import { Actor, CurrentUser } from '../../platform/auth/current-user';
import {
  FiltersByMembership,
  readableProductions,
  visibleProductions,
} from '../../platform/auth/production-scope';
import { PageArgs } from '../../platform/graphql/connection';
import { GOVERNANCE_READERS } from '../../common/governance-roles';
import {
  AiUseConnection,
  AiUseFilterArgs,
  ConsentRegisterEntryType,
  ModelInventoryEntryType,
} from './reports.types';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => AiUseConnection, {
    description:
      'Every AI use (pipeline jobs and external render logs), newest first unless order says otherwise; a person scoped to productions sees theirs.',
  })
  aiUseLedger(@Args() filter: AiUseFilterArgs, @Args() page: PageArgs, @CurrentUser() actor: Actor) {
    const only = { ...filter, productionIds: visibleProductions(actor, GOVERNANCE_READERS) };
    return this.reports.aiUseLedger(only, page.first, page.after);
  }

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [ModelInventoryEntryType], {
    description: 'Every registered model with provenance, approval and use.',
  })
  modelInventory() {
    return this.reports.modelInventory();
  }

  @Roles(...GOVERNANCE_READERS)
  @FiltersByMembership()
  @Query(() => [ConsentRegisterEntryType], {
    description:
      'Every consent, with its notice measured against the first use; a person scoped to productions sees theirs.',
  })
  consentRegister(
    @CurrentUser() actor: Actor,
    @Args('productionId', { type: () => ID, nullable: true }) productionId?: string,
  ) {
    return this.reports.consentRegister(readableProductions(actor, GOVERNANCE_READERS, productionId));
  }
}
