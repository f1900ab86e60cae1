import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../platform/auth/roles.decorator';
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
  @Query(() => AiUseConnection, {
    description:
      'Every AI use (pipeline jobs and external render logs), newest first unless order says otherwise.',
  })
  aiUseLedger(@Args() filter: AiUseFilterArgs, @Args() page: PageArgs) {
    return this.reports.aiUseLedger(filter, page.first, page.after);
  }

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [ModelInventoryEntryType], {
    description: 'Every registered model with provenance, approval and use.',
  })
  modelInventory() {
    return this.reports.modelInventory();
  }

  @Roles(...GOVERNANCE_READERS)
  @Query(() => [ConsentRegisterEntryType], {
    description: 'Every consent, with its notice measured against the first use.',
  })
  consentRegister(@Args('productionId', { type: () => ID, nullable: true }) productionId?: string) {
    return this.reports.consentRegister(productionId ?? undefined);
  }
}
