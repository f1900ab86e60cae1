import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { ProductionsRepository } from '../../productions/productions.repository';
import { lockTimelogs } from '../timelog-lock';
import { PeriodArgs, PeriodLockType } from './period-lock.types';
import { PeriodLocksRepository } from './period-locks.repository';

@Injectable()
export class PeriodLocksService {
  constructor(
    private readonly db: DataSource,
    private readonly locks: PeriodLocksRepository,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(productionId: string, first: number, after?: string): Promise<Page<PeriodLockType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.locks.list(productionId, offset, first);
    return toPage(rows, offset, first, total);
  }

  lock({ productionId, month }: PeriodArgs, actorId: string): Promise<PeriodLockType> {
    return this.db.transaction(async (manager) => {
      await lockTimelogs(manager);
      if (!(await this.productions.findById(productionId, manager)))
        throw notFound('production', productionId);
      if (await this.locks.find(productionId, month, manager))
        throw conflict(`${month} is closed already for this production.`);
      await this.locks.insert(productionId, month, actorId, manager);
      const after = (await this.locks.find(productionId, month, manager))!;
      await this.audit.append(manager, {
        actor: actorId,
        action: 'period.lock',
        subjectType: 'period',
        subjectId: `${productionId}/${month}`,
        productionId,
        payload: { before: null, after: { ...after } },
      });
      return after;
    });
  }

  unlock({ productionId, month }: PeriodArgs, actorId: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      await lockTimelogs(manager);
      const before = await this.locks.find(productionId, month, manager);
      if (!before) throw notFound('closed month', `${productionId}/${month}`);
      await this.locks.delete(productionId, month, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'period.unlock',
        subjectType: 'period',
        subjectId: `${productionId}/${month}`,
        productionId,
        payload: { before: { ...before }, after: null },
      });
      return true;
    });
  }
}
