import { join } from 'node:path';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AnalyticsInputError } from '@frameledger/analytics';
import { Piscina } from 'piscina';
import { AppError } from '../../common/errors';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { reportCaller } from './report-caller';
import type { ReportAnswer, ReportInput, ReportOutput, ReportTask } from './report-tasks';

/** How long a refused caller is told to wait: about one heavy report. */
export const REPORT_RETRY_AFTER_SECONDS = 5;

const exhausted = (message: string) =>
  new AppError('RESOURCE_EXHAUSTED', message, {
    retryable: true,
    retryAfterSeconds: REPORT_RETRY_AFTER_SECONDS,
  });

/**
 * The heavy reports' worker threads (piscina, one per core by default), so Monte Carlo and the
 * frontier never hold the request thread: cheap queries keep their latency while it is busy. Each
 * person may have reportMaxPerUser reports in it and the queue holds reportQueueLimit; past
 * either the request is refused with RESOURCE_EXHAUSTED before anything is computed or written.
 */
@Injectable()
export class ReportPool implements OnModuleDestroy {
  private readonly pool: Piscina;
  private readonly perCaller = new Map<string, number>();
  /** Reports in the pool, running or waiting for a thread. */
  private inFlight = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Compiled (npm start): the .js task file; from sources (jest, run-ts): a loader that compiles it.
    const compiled = __filename.endsWith('.js');
    const taskFile = join(__dirname, `report-tasks.${compiled ? 'js' : 'ts'}`);
    this.pool = new Piscina({
      filename: compiled ? taskFile : join(__dirname, '../../../../scripts/ts-worker.js'),
      workerData: { taskFile, nice: config.reportThreadNice },
      // The built server keeps one thread warm from boot: starting a thread and loading analytics
      // into it cost the first report after a quiet minute some 300 ms (DERRUMBE's frontier: 524
      // ms cold, 135 to 200 warm). From sources a thread must compile analytics first, so a test
      // server that never asks for a report never starts one. Threads past the first go after a
      // minute idle.
      minThreads: compiled ? 1 : 0,
      maxThreads: config.reportThreads,
      idleTimeout: 60_000,
    });
  }

  /** Reports running on a thread and waiting for one (the load bench reads it). */
  get load(): { running: number; waiting: number } {
    const running = Math.min(this.inFlight, this.config.reportThreads);
    return { running, waiting: this.inFlight - running };
  }

  async run<K extends ReportTask>(task: K, input: ReportInput<K>): Promise<ReportOutput<K>> {
    const caller = reportCaller.getStore() ?? '';
    const mine = this.perCaller.get(caller) ?? 0;
    if (caller && mine >= this.config.reportMaxPerUser) {
      throw exhausted(
        `You already have ${mine} heavy report${mine === 1 ? '' : 's'} running; wait about ${REPORT_RETRY_AFTER_SECONDS} seconds for ${mine === 1 ? 'it' : 'one'} to finish, then try again.`,
      );
    }
    const { waiting } = this.load;
    if (this.inFlight >= this.config.reportThreads && waiting >= this.config.reportQueueLimit) {
      throw exhausted(
        `Every report thread is busy and ${waiting} reports are waiting; try again in about ${REPORT_RETRY_AFTER_SECONDS} seconds.`,
      );
    }
    this.perCaller.set(caller, mine + 1);
    this.inFlight++;
    try {
      const answer = (await this.pool.run({ task, input })) as ReportAnswer<K>;
      if ('refused' in answer) throw new AnalyticsInputError(answer.refused.field, answer.refused.message);
      return answer.result;
    } finally {
      this.inFlight--;
      const left = (this.perCaller.get(caller) ?? 1) - 1;
      if (left > 0) this.perCaller.set(caller, left);
      else this.perCaller.delete(caller);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
