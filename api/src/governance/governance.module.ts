import { Global, Module } from '@nestjs/common';
import { AiUseFactsRepository } from './ai-use-facts/ai-use-facts.repository';
import { AiUseFactsResolver } from './ai-use-facts/ai-use-facts.resolver';
import { AiUseFactsService } from './ai-use-facts/ai-use-facts.service';
import { DisclosurePlanRepository } from './disclosure-plan/disclosure-plan.repository';
import { DisclosurePlanResolver } from './disclosure-plan/disclosure-plan.resolver';
import { DisclosurePlanService } from './disclosure-plan/disclosure-plan.service';
import { StatementController } from './disclosure-statement/statement.controller';
import { StatementRepository } from './disclosure-statement/statement.repository';
import { StatementResolver } from './disclosure-statement/statement.resolver';
import { StatementService } from './disclosure-statement/statement.service';
import { AuditExportController } from '../platform/audit/export/audit-export.controller';
import { AuditExportResolver } from '../platform/audit/export/audit-export.resolver';
import { AuditExportService } from '../platform/audit/export/audit-export.service';
import { ConsentsRepository } from './consents/consents.repository';
import { ConsentsResolver } from './consents/consents.resolver';
import { ConsentsService } from './consents/consents.service';
import { ConsentDocumentsController } from './documents/consent-documents.controller';
import { ConsentDocumentsService } from './documents/consent-documents.service';
import { ExceptionTriageResolver } from './policy/exception-triage.resolver';
import { ExceptionTriageService } from './policy/exception-triage.service';
import { PolicyExceptionsRepository } from './policy/policy-exceptions.repository';
import { PolicyFactsRepository } from './policy/policy-facts.repository';
import { PolicyGate } from './policy/policy-gate';
import { PolicySettingsRepository } from './policy/policy-settings.repository';
import { PolicyResolver } from './policy/policy.resolver';
import { PolicyService } from './policy/policy.service';
import { ProofsResolver } from './proofs/proofs.resolver';
import { ProofsService } from './proofs/proofs.service';
import { ReportsCsvService } from './ai-use-ledger/reports-csv.service';
import { ReportsController } from './ai-use-ledger/reports.controller';
import { ReportsRepository } from './ai-use-ledger/reports.repository';
import { ReportsResolver } from './ai-use-ledger/reports.resolver';
import { ReportsService } from './ai-use-ledger/reports.service';
import { SignOffRepository } from './sign-off/sign-off.repository';
import { SignOffResolver } from './sign-off/sign-off.resolver';
import { SignOffService } from './sign-off/sign-off.service';
import { WitnessModule } from '../platform/audit/witness/witness.module';
import { ProductionsModule } from '../productions/productions.module';

/**
 * Policy, consents and notices, sign-offs, audit checkpoints and exports, reviewer reports.
 * Global so any feature can call the PolicyGate inside its own transaction. The REST routes sit
 * under /files, where the files feature's bearer-token middleware signs the caller in.
 */
@Global()
@Module({
  imports: [WitnessModule, ProductionsModule],
  controllers: [AuditExportController, ConsentDocumentsController, ReportsController, StatementController],
  providers: [
    PolicyGate,
    PolicyFactsRepository,
    PolicySettingsRepository,
    PolicyExceptionsRepository,
    PolicyService,
    PolicyResolver,
    ExceptionTriageService,
    ExceptionTriageResolver,
    ConsentsRepository,
    ConsentsService,
    ConsentsResolver,
    ConsentDocumentsService,
    SignOffRepository,
    SignOffService,
    SignOffResolver,
    ProofsService,
    ProofsResolver,
    AuditExportService,
    AuditExportResolver,
    ReportsRepository,
    ReportsService,
    ReportsCsvService,
    ReportsResolver,
    AiUseFactsRepository,
    AiUseFactsService,
    AiUseFactsResolver,
    DisclosurePlanRepository,
    DisclosurePlanService,
    DisclosurePlanResolver,
    StatementRepository,
    StatementService,
    StatementResolver,
  ],
  exports: [PolicyGate],
})
export class GovernanceModule {}
