import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../../../config/config.module';
import { Checkpointer } from './checkpointer';

/** How often the api re-checks the log between signings, so a rewrite shows without waiting for one. */
const RECHECK_MS = 60_000;

/**
 * Runs the continuity check at start and every minute after, so /readyz and the dashboard turn
 * red when the database was rewritten behind the server's back, and the checkpoints file catches
 * up with heads signed by workers.
 */
@Injectable()
export class ContinuityMonitor implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    private readonly checkpointer: Checkpointer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
    this.timer = setInterval(() => void this.run(), RECHECK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Errors (the database away for a moment) are logged; the next round tries again. */
  async run(): Promise<void> {
    try {
      await this.checkpointer.continuity.check(this.db.manager);
    } catch (error) {
      this.logger.warn({ err: error }, 'the audit continuity check could not run');
    }
  }
}
