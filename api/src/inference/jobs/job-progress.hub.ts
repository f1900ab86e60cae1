import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../config/config.module';
import { JOB_PROGRESS_CHANNEL } from './job-progress';

type Wake = () => void;

/**
 * The api's ear on the workers: one connection LISTENs on the progress channel and wakes every
 * subscription watching that job. Should the connection drop, it reconnects and wakes every
 * watcher, so none waits on a signal it missed.
 */
@Injectable()
export class JobProgressHub implements OnModuleInit, OnModuleDestroy {
  private readonly watchers = new Map<string, Set<Wake>>();
  private client?: Client;
  private closing = false;

  constructor(
    private readonly db: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    for (const wakes of this.watchers.values()) for (const wake of wakes) wake();
    await this.client?.end().catch(() => undefined);
  }

  /** Calls `wake` whenever the job may have changed, until the returned function is called. */
  watch(jobId: string, wake: Wake): () => void {
    const wakes = this.watchers.get(jobId) ?? new Set<Wake>();
    wakes.add(wake);
    this.watchers.set(jobId, wakes);
    return () => {
      wakes.delete(wake);
      if (wakes.size === 0) this.watchers.delete(jobId);
    };
  }

  get closed(): boolean {
    return this.closing;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: (this.db.options as { url: string }).url,
      application_name: 'frameledger-progress',
    });
    client.on('notification', (message) => {
      for (const wake of this.watchers.get(message.payload ?? '') ?? []) wake();
    });
    client.on('error', (error: Error & { code?: string }) => {
      // One reconnect per lost connection, however many errors it reports.
      if (this.closing || this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      // 57P01: the server is shutting down (a stop of the embedded database does that first).
      const level = error.code === '57P01' ? 'info' : 'warn';
      this.logger[level]({ err: error }, 'job progress listener lost its connection; reconnecting');
      setTimeout(() => void this.reconnect(), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${JOB_PROGRESS_CHANNEL}`);
    this.client = client;
  }

  private async reconnect(): Promise<void> {
    if (this.closing) return;
    try {
      await this.connect();
      for (const wakes of this.watchers.values()) for (const wake of wakes) wake();
    } catch (error) {
      this.logger.warn({ err: error }, 'job progress listener could not reconnect; trying again');
      setTimeout(() => void this.reconnect(), 5000).unref();
    }
  }
}
