import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { money } from '../../platform/graphql/money-format';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { checkCurrency } from '../currency';
import { ComputeRateInput, ComputeRateType } from './compute-rate.types';
import { ComputeRateRow, ComputeRatesRepository } from './compute-rates.repository';

const toComputeRate = ({ currency, pricePerHourMinor, ...row }: ComputeRateRow): ComputeRateType => ({
  ...row,
  pricePerHour: money(pricePerHourMinor, currency),
});

@Injectable()
export class ComputeRatesService {
  constructor(
    private readonly db: DataSource,
    private readonly rates: ComputeRatesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(first: number, after?: string): Promise<Page<ComputeRateType>> {
    const offset = offsetOf(after);
    const { rows, total } = await this.rates.list(offset, first);
    return toPage(rows.map(toComputeRate), offset, first, total);
  }

  set(input: ComputeRateInput, actorId: string): Promise<ComputeRateType> {
    checkCurrency('input.currency', input.currency);
    if (input.pricePerHourMinor < 0n)
      throw badInput('input.pricePerHourMinor', 'A price per hour cannot be negative.');
    return this.db.transaction(async (manager) => {
      const before = await this.rates.find(input.deviceClass, input.effectiveFrom, manager);
      const after = await this.rates.upsert(input, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: before ? 'compute_rate.update' : 'compute_rate.create',
        subjectType: 'compute_rate',
        subjectId: after.id,
        payload: { before: before ? { ...before } : null, after: { ...after } },
      });
      return toComputeRate(after);
    });
  }
}
