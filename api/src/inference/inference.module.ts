import { Module } from '@nestjs/common';
import { FilesModule } from '../platform/files/files.module';
import { FrameFoldersRepository } from './frames/frame-folders.repository';
import { FrameFoldersResolver } from './frames/frame-folders.resolver';
import { FrameFoldersService } from './frames/frame-folders.service';
import { FramesUploadController } from './frames/frames-upload.controller';
import { JobProgressHub } from './jobs/job-progress.hub';
import { JobsRepository } from './jobs/jobs.repository';
import { JobsResolver } from './jobs/jobs.resolver';
import { JobsService } from './jobs/jobs.service';
import { OutputCheckRepository } from './policy/output-check.repository';
import { OutputCheckResolver } from './policy/output-check.resolver';
import { OutputCheckService } from './policy/output-check.service';
import { QueueService } from './queue/queue.service';
import { ModelUploadController } from './registry/model-upload.controller';
import { ModelsRepository } from './registry/models.repository';
import { ModelsResolver } from './registry/models.resolver';
import { ModelsService } from './registry/models.service';
import { ProductionsModule } from '../productions/productions.module';

/** Model registry, frame folders, jobs and their progress; the worker (inference/worker) runs the jobs. */
@Module({
  imports: [FilesModule, ProductionsModule],
  controllers: [ModelUploadController, FramesUploadController],
  providers: [
    ModelsRepository,
    ModelsService,
    ModelsResolver,
    FrameFoldersRepository,
    FrameFoldersService,
    FrameFoldersResolver,
    JobsRepository,
    JobsService,
    JobsResolver,
    JobProgressHub,
    QueueService,
    OutputCheckRepository,
    OutputCheckService,
    OutputCheckResolver,
  ],
})
export class InferenceModule {}
