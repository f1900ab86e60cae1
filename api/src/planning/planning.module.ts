import { Module } from '@nestjs/common';
import { ProductionsModule } from '../productions/productions.module';
import { RatesModule } from '../rates/rates.module';
import { ScenariosRepository } from './scenarios/scenarios.repository';
import { ScenariosResolver } from './scenarios/scenarios.resolver';
import { ScenariosService } from './scenarios/scenarios.service';
import { TaskTypesRepository } from './task-types/task-types.repository';
import { TaskTypesResolver } from './task-types/task-types.resolver';
import { TaskTypesService } from './task-types/task-types.service';
import { TasksRepository } from './tasks/tasks.repository';
import { TasksResolver } from './tasks/tasks.resolver';
import { TasksService } from './tasks/tasks.service';

/** Task types with bid templates, tasks on shots, and saved what-if scenarios. */
@Module({
  imports: [ProductionsModule, RatesModule],
  providers: [
    TaskTypesRepository,
    TaskTypesService,
    TaskTypesResolver,
    TasksRepository,
    TasksService,
    TasksResolver,
    ScenariosRepository,
    ScenariosService,
    ScenariosResolver,
  ],
  exports: [TaskTypesRepository, TaskTypesService, TasksRepository, TasksService, ScenariosService],
})
export class PlanningModule {}
