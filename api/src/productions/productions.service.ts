import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../platform/audit/log/audit-log.service';
import { badInput, conflict, notFound } from '../common/errors';
import { money } from '../platform/graphql/money-format';
import { offsetOf, Page, toPage } from '../platform/graphql/connection';
import { NewProduction, ProductionRow, ProductionsRepository } from './productions.repository';
import { ProductionType } from './production.types';

export const toProduction = (row: ProductionRow): ProductionType => ({
  ...row,
  vfxBudget: money(row.vfxBudgetMinor, row.currency),
});

@Injectable()
export class ProductionsService {
  constructor(
    private readonly db: DataSource,
    private readonly productions: ProductionsRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(first: number, after?: string, only?: string[]): Promise<Page<ProductionType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.productions.list(offset, first, only);
    return toPage(rows.map(toProduction), offset, first, total);
  }

  async get(id: string): Promise<ProductionType> {
    const row = await this.productions.findById(id);
    if (!row) throw notFound('production', id);
    return toProduction(row);
  }

  async create(input: NewProduction, actorId: string): Promise<ProductionType> {
    if (input.vfxBudgetMinor < 0n)
      throw badInput('input.vfxBudgetMinor', 'The VFX budget cannot be negative.');
    if (input.deliveryDate < input.startDate) {
      throw badInput('input.deliveryDate', 'The delivery date must be on or after the start date.');
    }
    return this.db.transaction(async (manager) => {
      if (await this.productions.findByCode(input.code, manager)) {
        throw conflict(`A production with the code ${input.code} exists already; choose another code.`);
      }
      const row = await this.productions.insert(input, actorId, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: 'production.create',
        subjectType: 'production',
        subjectId: row.id,
        productionId: row.id,
        payload: { before: null, after: { ...row } },
      });
      return toProduction(row);
    });
  }
}
