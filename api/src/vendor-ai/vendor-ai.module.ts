import { Module } from '@nestjs/common';
import { ModelsRepository } from '../inference/registry/models.repository';
import { TaskRefsRepository } from '../timelogs/timesheet-import/task-refs.repository';
import { PriceListsService } from './price-lists.service';
import { RunOutputsController } from './run-outputs.controller';
import { RunOutputsService } from './run-outputs.service';
import { UsageImportResolver } from './usage-import.resolver';
import { UsageImportService } from './usage-import.service';
import { VendorAiRepository } from './vendor-ai.repository';
import { VendorAiResolver } from './vendor-ai.resolver';
import { VendorRunsService } from './vendor-runs.service';

/** AI done outside FrameLedger: vendor tools, price lists and plans, recorded runs and usage imports. */
@Module({
  controllers: [RunOutputsController],
  providers: [
    VendorAiRepository,
    PriceListsService,
    VendorRunsService,
    RunOutputsService,
    UsageImportService,
    VendorAiResolver,
    UsageImportResolver,
    ModelsRepository,
    TaskRefsRepository,
  ],
})
export class VendorAiModule {}
