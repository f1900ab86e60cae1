import { ApiScope, Scope } from '../platform/auth/scopes';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrencyPipe, QuarterPipe } from '../common/input-rules';
import { Roles } from '../platform/auth/roles.decorator';
import { Actor, CurrentUser } from '../platform/auth/current-user';
import { FiltersByMembership, visibleProductions } from '../platform/auth/production-scope';
import { Role } from '../common/roles';
import { LabourImpactService } from './labour/labour-impact.service';
import {
  LABOUR_READERS,
  LabourDimension,
  LabourImpactFilter,
  LabourImpactType,
} from './labour/labour-impact.types';
import { QuarterlySummaryService } from './quarterly/quarterly-summary.service';
import { PortfolioFilterArgs, QuarterlySummaryType } from './quarterly/quarterly-summary.types';

/** The executives' quarter (no membership gives these roles, so a scoped person never reads it). */
const QUARTER_READERS = [Role.EXECUTIVE, Role.ADMIN];

const FISCAL_YEAR = {
  type: () => Int,
  defaultValue: 1,
  description: 'Month the fiscal year starts (1: calendar quarters).',
};

/** The cross-production reports: the executives' quarter, and labour impact for reviewers and planners. */
@Resolver()
export class LedgerReportsResolver {
  constructor(
    private readonly quarterly: QuarterlySummaryService,
    private readonly labour: LabourImpactService,
  ) {}

  @Roles(...QUARTER_READERS)
  @Scope(ApiScope.REPORTS_READ)
  @FiltersByMembership()
  @Query(() => QuarterlySummaryType, {
    description:
      'Spend, savings, AI share, speed-up and labour impact of one quarter, across productions (all, or those given).',
  })
  quarterlySummary(
    @Args('quarter', { description: 'e.g. 2026-Q2' }, QuarterPipe) quarter: string,
    @Args('currency', { description: 'ISO 4217 reporting currency, e.g. USD.' }, CurrencyPipe)
    currency: string,
    @Args('fiscalYearStartMonth', FISCAL_YEAR) fyStartMonth: number,
    @Args() filter: PortfolioFilterArgs,
    @CurrentUser() actor: Actor,
  ) {
    // "All productions" means all the caller may see (the guard checked any given ones).
    const only = filter.productionIds ?? visibleProductions(actor, QUARTER_READERS);
    return this.quarterly.summary(quarter, currency, fyStartMonth, only);
  }

  @Roles(...LABOUR_READERS)
  @Scope(ApiScope.REPORTS_READ)
  @FiltersByMembership()
  @Query(() => LabourImpactType, {
    description: 'Displaced, created and net hours, FTE and displaced wages of AI use.',
  })
  labourImpact(
    @Args('filter') filter: LabourImpactFilter,
    @Args('groupBy', { type: () => [LabourDimension], defaultValue: [LabourDimension.ROLE] })
    groupBy: LabourDimension[],
    @Args(
      'currency',
      {
        type: () => String,
        nullable: true,
        description: 'Reporting currency; defaults to the one the productions share.',
      },
      CurrencyPipe,
    )
    currency: string | null,
    @Args('fiscalYearStartMonth', FISCAL_YEAR) fyStartMonth: number,
    @CurrentUser() actor: Actor,
  ) {
    const only = {
      ...filter,
      productionIds: filter.productionIds ?? visibleProductions(actor, LABOUR_READERS),
    };
    return this.labour.labourImpact(only, groupBy, currency ?? undefined, fyStartMonth);
  }
}
