import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { OutputCheckRepository } from './output-check.repository';
import type { ProductionOutputCheck, SetOutputCheckInput } from './output-check.types';

/** A production's output-check policy and its audited change. */
@Injectable()
export class OutputCheckService {
  constructor(
    private readonly db: DataSource,
    private readonly policies: OutputCheckRepository,
    private readonly audit: AuditLog,
  ) {}

  set(input: SetOutputCheckInput, actorId: string): Promise<ProductionOutputCheck> {
    const policy = input.policy ?? null;
    return this.db.transaction(async (manager) => {
      const before = await this.policies.lock(input.productionId, manager);
      if (!before) throw notFound('production', input.productionId);
      await this.policies.set(input.productionId, policy, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'production.inference_output_check',
        subjectType: 'production',
        subjectId: input.productionId,
        productionId: input.productionId,
        payload: { before: { policy: before.policy }, after: { policy } },
      });
      return { productionId: input.productionId, policy };
    });
  }
}
