import { Module } from '@nestjs/common';
import { PlanningModule } from '../planning.module';
import { ProductionsModule } from '../../productions/productions.module';
import { BreakdownImportResolver } from './breakdown-import.resolver';
import { BreakdownImportService } from './breakdown-import.service';
import { BreakdownPlanner } from './breakdown-planner';
import { TaskTypeNamesRepository } from './task-type-names.repository';

/**
 * Breakdown import. Its own module because it writes tasks (planning) as well as shots
 * (productions), and planning itself depends on productions.
 */
@Module({
  imports: [ProductionsModule, PlanningModule],
  providers: [BreakdownPlanner, BreakdownImportService, BreakdownImportResolver, TaskTypeNamesRepository],
})
export class BreakdownImportModule {}
