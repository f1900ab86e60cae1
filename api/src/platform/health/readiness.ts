import { Injectable } from '@nestjs/common';

/**
 * Whether this instance still wants new traffic. A graceful shutdown drains it first, so `/readyz`
 * answers 503 while the port is still open and in-flight requests still finish: a load balancer
 * sees the instance leave before its connections are refused.
 */
@Injectable()
export class Readiness {
  private drainingSince?: Date;

  drain(): void {
    this.drainingSince ??= new Date();
  }

  get draining(): boolean {
    return this.drainingSince !== undefined;
  }
}
