import { Module } from '@nestjs/common';
import { PlanningModule } from '../planning/planning.module';
import { RatesModule } from '../rates/rates.module';
import { LabourImpactService } from './labour/labour-impact.service';
import { LedgerReportsResolver } from './ledger-reports.resolver';
import { LedgerRepository } from './ledger/ledger.repository';
import { PricingRepository } from './pricing/pricing.repository';
import { PricingService } from './pricing/pricing';
import { QuarterlySummaryService } from './quarterly/quarterly-summary.service';
import { WorkingRefsRepository } from './working/working-refs.repository';
import { WorkingLineResolver, WorkingResolver } from './working/working.resolver';

/** Feasibility, risk, the plan frontier, labour impact, the quarterly summary and its PDF, cost reports. */
@Module({
  imports: [RatesModule, PlanningModule],
  providers: [
    PricingRepository,
    PricingService,
    LedgerRepository,
    LabourImpactService,
    QuarterlySummaryService,
    LedgerReportsResolver,
    WorkingRefsRepository,
    WorkingResolver,
    WorkingLineResolver,
  ],
})
export class ReportsModule {}
