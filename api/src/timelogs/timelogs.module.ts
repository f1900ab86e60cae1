import { Module } from '@nestjs/common';
import { PlanningModule } from '../planning/planning.module';
import { TaskTypeNamesRepository } from '../planning/breakdown/task-type-names.repository';
import { ProductionsModule } from '../productions/productions.module';
import { RatesModule } from '../rates/rates.module';
import { TaskRefsRepository } from './timesheet-import/task-refs.repository';
import {
  ImportedTimeEntryResolver,
  TimeEntriesImportResolver,
} from './timesheet-import/time-entries-import.resolver';
import { TimeEntriesImportService } from './timesheet-import/time-entries-import.service';
import { TimeEntriesRepository } from './entries/time-entries.repository';
import { TimeEntriesResolver } from './entries/time-entries.resolver';
import { TimeEntriesService } from './entries/time-entries.service';
import { TimeEntryWriter } from './entries/time-entry-writer';
import { CorrectionsRepository } from './corrections/corrections.repository';
import { CorrectionsResolver } from './corrections/corrections.resolver';
import { CorrectionsService } from './corrections/corrections.service';
import { PeriodLocksRepository } from './locks/period-locks.repository';
import { PeriodLocksResolver } from './locks/period-locks.resolver';
import { PeriodLocksService } from './locks/period-locks.service';

/** Human time logged on tasks (one, a batch, or a CSV import), its corrections and closed months. */
@Module({
  imports: [ProductionsModule, RatesModule, PlanningModule],
  providers: [
    TimeEntriesRepository,
    TimeEntryWriter,
    TimeEntriesService,
    TimeEntriesResolver,
    TaskRefsRepository,
    TaskTypeNamesRepository,
    TimeEntriesImportService,
    TimeEntriesImportResolver,
    ImportedTimeEntryResolver,
    PeriodLocksRepository,
    PeriodLocksService,
    PeriodLocksResolver,
    CorrectionsRepository,
    CorrectionsService,
    CorrectionsResolver,
  ],
  exports: [TimeEntriesRepository],
})
export class TimelogsModule {}
