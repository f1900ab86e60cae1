import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput } from '../../common/errors';
import { offsetOf, Page, toPage } from '../../platform/graphql/connection';
import { AuditLog } from '../../platform/audit/log/audit-log.service';
import { checkCurrency } from '../currency';
import { FxRateArgs, FxRateInput, FxRateType } from './fx-rate.types';
import { FxRatesRepository } from './fx-rates.repository';

@Injectable()
export class FxRatesService {
  constructor(
    private readonly db: DataSource,
    private readonly rates: FxRatesRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(args: FxRateArgs): Promise<Page<FxRateType>> {
    const offset = offsetOf(args.after);
    const { rows, total } = await this.rates.list(args, offset, args.first);
    return toPage(rows, offset, args.first, total);
  }

  set(input: FxRateInput, actorId: string): Promise<FxRateType> {
    checkCurrency('input.currency', input.currency);
    checkCurrency('input.reportingCurrency', input.reportingCurrency);
    if (input.currency === input.reportingCurrency) {
      throw badInput(
        'input.reportingCurrency',
        `A currency converts into itself at 1; give a rate between two different currencies.`,
      );
    }
    if (/^0+(\.0+)?$/.test(input.rate)) throw badInput('input.rate', 'An exchange rate must be above zero.');
    return this.db.transaction(async (manager) => {
      const before = await this.rates.find(input, manager);
      const after = await this.rates.upsert(input, manager);
      await this.audit.append(manager, {
        actor: actorId,
        action: before ? 'fx_rate.update' : 'fx_rate.create',
        subjectType: 'fx_rate',
        subjectId: `${after.currency}/${after.reportingCurrency}/${after.quarter}`,
        payload: { before: before ? { ...before } : null, after: { ...after } },
      });
      return after;
    });
  }
}
