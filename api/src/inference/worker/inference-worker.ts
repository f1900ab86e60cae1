import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { createDataSource } from '../../database/data-source';
import { openFileStore } from '../../platform/files/create-file-store';
import type { FileStore } from '../../platform/files/file-store';
import { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import { AuditLogRepository } from '../../platform/audit/log/audit-log.repository';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { Checkpointer } from '../../platform/audit/log/checkpointer';
import { CheckpointsRepository } from '../../platform/audit/log/checkpoints.repository';
import { loadServerSigningKey } from '../../platform/audit/log/signing-key';
import { SessionCache } from '../engine';
import { createQueue, INFERENCE_QUEUE, QueuedJob, startQueue } from '../../database/inference-queue';
import { checkWorkerDevice } from './device-check';
import { Heartbeat } from './heartbeat';
import { JobRunner } from './job-runner';
import { StallSweeper } from './stall-sweeper';
import { WorkerJobsRepository } from './worker-jobs.repository';

/**
 * One inference worker: takes jobs from the queue one at a time and runs them. It is its own
 * process (npm run worker, or the child npm start launches) because onnxruntime-node's run holds
 * the event loop; several workers on several machines share one database and queue.
 */
export class InferenceWorker {
  private constructor(
    private readonly db: DataSource,
    private readonly boss: PgBoss,
    private readonly sessions: SessionCache,
    private readonly sweeper: StallSweeper,
    private readonly heartbeat: Heartbeat,
    /** Shared with the job runner, which stops its job after the current frame once this is set. */
    private readonly lifecycle: { stopping: boolean },
  ) {}

  static async start(config: AppConfig, databaseUrl: string, logger: Logger): Promise<InferenceWorker> {
    const db = createDataSource(databaseUrl, 4);
    await db.initialize();
    const [{ ready }] = await db.query(`SELECT to_regclass('inference_job') IS NOT NULL AS ready`);
    if (!ready) {
      await db.destroy();
      throw new Error(
        'The database has no inference tables yet; start the api once (npm start) or run npm run migrate, then start the worker.',
      );
    }
    const jobs = new WorkerJobsRepository(db);
    let store: FileStore;
    try {
      store = await openFileStore(config);
      const { gpu } = await checkWorkerDevice(config, jobs);
      if (gpu) logger.info(gpu, 'GPU provider starts');
    } catch (error) {
      await db.destroy();
      throw error;
    }
    // Its row first, beaten from a thread of its own from here on: a stall sweep reads it.
    const workerId = randomUUID();
    await jobs.registerWorker({
      id: workerId,
      host: hostname(),
      pid: process.pid,
      deviceClass: config.workerDeviceClass,
    });
    const heartbeat = Heartbeat.start(databaseUrl, workerId, config.inferenceHeartbeatSeconds, logger);
    const boss = createQueue(databaseUrl, 'worker');
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await startQueue(boss);
    const signingKey = loadServerSigningKey(config);
    const events = new AuditLogRepository(db);
    const audit = new AuditLog(
      events,
      new Checkpointer(events, new CheckpointsRepository(db), signingKey, config),
    );
    const sessions = new SessionCache(config.workerSessionCacheSize);
    const lifecycle = { stopping: false };
    const runner = new JobRunner({
      db,
      jobs,
      files: new StoredFilesRepository(db),
      audit,
      store,
      sessions,
      boss,
      signingKey,
      config,
      logger,
      workerId,
      stopping: () => lifecycle.stopping,
    });
    const sweeper = new StallSweeper({
      db,
      jobs,
      boss,
      audit,
      config,
      logger,
      running: () => runner.running(),
    });
    const worker = new InferenceWorker(db, boss, sessions, sweeper, heartbeat, lifecycle);
    sweeper.start();
    await boss.work<QueuedJob>(
      INFERENCE_QUEUE,
      { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: config.inferencePollSeconds },
      ([job]) => runner.run(job),
    );
    return worker;
  }

  /** Stops taking jobs; a running job stops after its current frame and goes back to the queue. */
  async stop(): Promise<void> {
    if (this.lifecycle.stopping) return;
    this.lifecycle.stopping = true;
    await this.sweeper.stop();
    await this.boss.stop({ graceful: true, wait: true, timeout: 60_000 });
    await this.heartbeat.stop();
    this.sessions.clear();
    if (this.db.isInitialized) await this.db.destroy();
  }
}
