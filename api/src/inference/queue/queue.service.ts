import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { LOGGER } from '../../config/config.module';
import {
  cancelInTransaction,
  createQueue,
  sendInTransaction,
  startQueue,
} from '../../database/inference-queue';

/** The api's handle on the job queue: it queues and cancels, inside the caller's transaction; workers take. */
@Injectable()
export class QueueService implements OnModuleInit, OnModuleDestroy {
  private readonly boss: PgBoss;

  constructor(
    db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.boss = createQueue((db.options as { url: string }).url, 'api');
    this.boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  }

  onModuleInit(): Promise<void> {
    return startQueue(this.boss);
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true });
  }

  send(manager: EntityManager, jobId: string, queueJobId: string): Promise<void> {
    return sendInTransaction(this.boss, manager, { jobId, queueJobId }, this.config);
  }

  cancel(manager: EntityManager, queueJobId: string): Promise<void> {
    return cancelInTransaction(this.boss, manager, queueJobId);
  }
}
