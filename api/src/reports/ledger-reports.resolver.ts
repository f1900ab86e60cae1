import { ApiScope, Scope } from '../platform/auth/scopes';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrencyPipe, QuarterPipe } from '../common/input-rules';
import { Roles } from '../platform/auth/roles.decorator';
import { Role } from '../common/roles';
import { LabourImpactService } from './labour/labour-impact.service';
import { LabourDimension, LabourImpactFilter, LabourImpactType } from './labour/labour-impact.types';
import { QuarterlySummaryService } from './quarterly/quarterly-summary.service';
import { PortfolioFilterArgs, QuarterlySummaryType } from './quarterly/quarterly-summary.types';

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

  @Roles(Role.EXECUTIVE, Role.ADMIN)
  @Scope(ApiScope.REPORTS_READ)
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
  ) {
    return this.quarterly.summary(quarter, currency, fyStartMonth, filter.productionIds);
  }

  @Roles(Role.REVIEWER, Role.EXECUTIVE, Role.PLANNER, Role.ADMIN)
  @Scope(ApiScope.REPORTS_READ)
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
  ) {
    return this.labour.labourImpact(filter, groupBy, currency ?? undefined, fyStartMonth);
  }
}
