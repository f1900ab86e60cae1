import { Controller, Get, Header, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { registry } from './metrics';

@Public()
@Controller()
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** The process is up (liveness). */
  @Get('healthz')
  health() {
    return { status: 'ok' };
  }

  /** The database answers (readiness). */
  @Get('readyz')
  async ready() {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ready' };
    } catch {
      throw new HttpException(
        { status: 'unavailable', reason: 'the database does not answer' },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }

  @Get('metrics')
  @Header('Content-Type', registry.contentType)
  metrics() {
    return registry.metrics();
  }
}
