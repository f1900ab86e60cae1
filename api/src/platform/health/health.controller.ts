import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { Checkpointer } from '../audit/log/checkpointer';
import { unauthenticated } from '../../common/errors';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { registry } from '../metrics/metrics';
import { Readiness } from './readiness';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checkpointer: Checkpointer,
    private readonly readiness: Readiness,
  ) {}

  /** The process is up (liveness). */
  @Get('healthz')
  health() {
    return { status: 'ok' };
  }

  /**
   * The database answers (readiness). A failed audit continuity check answers 200 with status
   * `degraded` and the tree size where history diverged: the server still serves, so reviewers can
   * see and export what happened, but it signs nothing. A draining instance (shutting down) answers
   * 503 at once, whatever the database says.
   */
  @Get('readyz')
  async ready() {
    if (this.readiness.draining)
      throw new HttpException(
        { status: 'draining', reason: 'the server is shutting down; send new requests to another instance' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    try {
      await this.db.query('SELECT 1');
      const finding = this.checkpointer.continuity.status().finding;
      if (!finding) return { status: 'ready' };
      const { treeSize, consistentUpTo, logSize, message } = finding;
      return { status: 'degraded', reason: message, auditContinuity: { treeSize, consistentUpTo, logSize } };
    } catch {
      throw new HttpException(
        { status: 'unavailable', reason: 'the database does not answer' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }

  /** Prometheus text; with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`. */
  @Get('metrics')
  @Header('Content-Type', registry.contentType)
  metrics(@Headers('authorization') authorization?: string) {
    const token = this.config.metricsToken;
    if (token && !sameToken(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw unauthenticated('GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.');
    }
    return registry.metrics();
  }
}
