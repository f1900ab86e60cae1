import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { PlanningModule } from '../planning/planning.module';
import { ProductionsModule } from '../productions/productions.module';
import { RatesModule } from '../rates/rates.module';
import { BidVsActualService } from './cost/bid-vs-actual.service';
import { CostReportService } from './cost/cost-report.service';
import { ReportExportController } from './export/report-export.controller';
import { ReportExportService } from './export/report-export.service';
import { LabourImpactService } from './labour/labour-impact.service';
import { LedgerReportsResolver } from './ledger-reports.resolver';
import { LedgerRepository } from './portfolio-ledger/ledger.repository';
import { QuarterlyPdfController } from './pdf/quarterly-pdf.controller';
import { QuarterlyPdfService } from './pdf/quarterly-pdf.service';
import { PlanAdoptRepository } from './plan/plan-adopt.repository';
import { PlanAdoptResolver } from './plan/plan-adopt.resolver';
import { PlanAdoptService } from './plan/plan-adopt.service';
import { PlanContextService } from './plan/plan-context.service';
import { PlanFrontierService } from './plan/plan-frontier.service';
import { PlanInputsResolver } from './plan/plan-inputs.resolver';
import { PlanInputsService } from './plan/plan-inputs.service';
import { PlanReportsService } from './plan/plan-reports.service';
import { ReportCallerInterceptor } from './pool/report-caller';
import { ReportPool } from './pool/report-pool';
import { PricingRepository } from './pricing/pricing.repository';
import { PricingService } from './pricing/pricing';
import { ProductionLedgerRepository } from './production-ledger/production-ledger.repository';
import { ProductionLedgerService } from './production-ledger/production-ledger.service';
import { FrontierPointResolver, ProductionReportsResolver } from './production-reports.resolver';
import { QuarterlySummaryService } from './quarterly/quarterly-summary.service';
import { WorkingRefsRepository } from './working/working-refs.repository';
import { WorkingLineResolver, WorkingResolver } from './working/working.resolver';

/** Feasibility, risk, the plan frontier, labour impact, the quarterly summary and its PDF, cost reports. */
@Module({
  imports: [RatesModule, PlanningModule, ProductionsModule],
  controllers: [QuarterlyPdfController, ReportExportController],
  providers: [
    ReportPool,
    { provide: APP_INTERCEPTOR, useClass: ReportCallerInterceptor },
    ReportExportService,
    QuarterlyPdfService,
    PricingRepository,
    PricingService,
    LedgerRepository,
    LabourImpactService,
    QuarterlySummaryService,
    LedgerReportsResolver,
    ProductionLedgerRepository,
    ProductionLedgerService,
    PlanContextService,
    PlanReportsService,
    PlanFrontierService,
    PlanInputsService,
    PlanAdoptRepository,
    PlanAdoptService,
    PlanAdoptResolver,
    PlanInputsResolver,
    CostReportService,
    BidVsActualService,
    ProductionReportsResolver,
    FrontierPointResolver,
    WorkingRefsRepository,
    WorkingResolver,
    WorkingLineResolver,
  ],
})
export class ReportsModule {}
