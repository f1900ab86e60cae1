import { Injectable } from '@nestjs/common';
import { AnalyticsInputError, money } from '@frameledger/analytics';
import { Page, toPage } from '../../platform/graphql/connection';
import { ProductionLedgerRepository } from '../production-ledger/production-ledger.repository';
import { gqlMoney } from '../working/working';
import { PlanContextService } from './plan-context.service';
import { GpuPriceType, PlanInputsType, PlanInputTaskType } from './plan-inputs.types';
import { planInputTask } from './plan-task';

/** planInputs: the plan's inputs as exact text, read by the same loader the plan reports use. */
@Injectable()
export class PlanInputsService {
  constructor(
    private readonly context: PlanContextService,
    private readonly ledger: ProductionLedgerRepository,
  ) {}

  async inputs(productionId: string): Promise<PlanInputsType> {
    const base = await this.context.base(productionId);
    const { production, planDate } = base;
    return {
      productionId,
      currency: base.currency,
      budget: gqlMoney(money(production.budgetMinor, production.currency)),
      planDate,
      asOf: base.asOf,
      spentOutsidePlan: gqlMoney(base.spent.outsidePlan),
      daysToDelivery: base.daysToDelivery,
      hoursPerDay: base.hoursPerDay,
      gpuPrices: await this.gpuPrices(planDate, base.currency),
    };
  }

  /** The production's tasks (none OMITTED) in shot order, a page at a time. */
  async tasks(productionId: string, offset: number, first: number): Promise<Page<PlanInputTaskType>> {
    const { rows, pricing, spent } = await this.context.base(productionId);
    const page = rows
      .slice(offset, offset + first)
      .map((t) =>
        planInputTask(
          t,
          pricing.role(t.baselineRoleId).code,
          pricing.rate(productionId, t.baselineRoleId),
          spent.byTask.get(t.id),
        ),
      );
    return toPage(page, offset, first, rows.length);
  }

  private async gpuPrices(planDate: string, currency: string): Promise<GpuPriceType[]> {
    const prices: GpuPriceType[] = [];
    for (const rate of await this.ledger.computePrices(planDate)) {
      try {
        const price = await this.context.inCurrency(
          money(rate.pricePerHourMinor, rate.currency),
          planDate,
          currency,
        );
        prices.push({ deviceClass: rate.deviceClass, pricePerHour: gqlMoney(price) });
      } catch (error) {
        // No booked FX for this class's currency at the plan quarter: the sliders start it at 0.
        if (!(error instanceof AnalyticsInputError)) throw error;
      }
    }
    return prices;
  }
}
