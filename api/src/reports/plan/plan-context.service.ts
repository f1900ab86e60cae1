import { Injectable } from '@nestjs/common';
import {
  convertMoney,
  hourlyRate,
  makeRatio,
  money,
  Money,
  PlanAssumptions,
  planAssumptions,
  PlanSpend,
  PlanTaskInput,
  quarterOf,
  Ratio,
  sumMoney,
} from '@frameledger/analytics';
import { AppError, badInput } from '../../common/errors';
import { ScenarioAssumptions } from '../../planning/scenarios/scenario-assumptions';
import { ScenariosService } from '../../planning/scenarios/scenarios.service';
import { Pricing, PricingService } from '../pricing/pricing';
import {
  ProductionLedgerRepository,
  ProductionRow,
  TaskRow,
} from '../production-ledger/production-ledger.repository';
import { ProductionLedger, ProductionLedgerService } from '../production-ledger/production-ledger.service';
import { taskBid } from '../production-ledger/task-bid';
import { costReportAsOf, workedOn } from '../production-ledger/cost-as-of';
import { planTask } from './plan-task';

/** The assumptions of a production with no scenario chosen: the defaults a new scenario starts from. */
const AS_PLANNED: ScenarioAssumptions = {
  pathByTaskType: [],
  aiReviewHoursPerTask: null,
  reworkRatePercent: 0,
  gpuDeviceClass: 'L4',
  gpuPricePerHour: null,
  gpuSecondsPerFrame: 2,
  headcounts: [],
  gpuCount: 1,
  contingencyPercent: 10,
  hoursPerWeek: 40,
};

/** Everything the feasibility, risk and frontier reports of one production start from. */
export interface PlanContext {
  production: ProductionRow;
  scenarioName: string;
  /** The day the plan is made: asOf, not before the production starts. */
  planDate: string;
  budget: Money;
  assumptions: PlanAssumptions;
  /** Every task not OMITTED. */
  tasks: PlanTaskInput[];
  /** The day what is spent is counted to: asOf, else today. */
  asOf: string;
  /** What is spent by the end of asOf, priced as the cost report prices it. */
  spent: PlanSpend;
  /** The production's records, for the cost report. */
  ledger: ProductionLedger;
  /** Tasks with no bid (planned at 0 h), by label. */
  unbid: string[];
  weeksToDelivery: Ratio;
}

/** A production's tasks (none OMITTED) with the pricing and dates the plan is made on. */
export interface PlanBase {
  production: ProductionRow;
  planDate: string;
  /** Whole days from the plan date to delivery, 0 once it has passed. */
  daysToDelivery: number;
  pricing: Pricing;
  /** The currency of the production's rate card, which the plan is priced in. */
  currency: string;
  /** The bid day of the production's rate card (hours per day), for per-frame bids. */
  hoursPerDay: string;
  rows: TaskRow[];
  /** The day what is spent is counted to: asOf, else today. */
  asOf: string;
  /** What is spent by the end of asOf, priced as the cost report prices it. */
  spent: PlanSpend;
  ledger: ProductionLedger;
}

const today = () => new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

@Injectable()
export class PlanContextService {
  constructor(
    private readonly ledger: ProductionLedgerRepository,
    private readonly pricing: PricingService,
    private readonly scenarios: ScenariosService,
    private readonly ledgers: ProductionLedgerService,
  ) {}

  async load(
    productionId: string,
    scenarioId: string | undefined,
    asOf: string | undefined,
  ): Promise<PlanContext> {
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw badInput('asOf', `"${asOf}" is not a date; write it like 2026-07-31.`);
    const base = await this.base(productionId, asOf);
    const { production, planDate, pricing } = base;
    const scenario = scenarioId ? await this.scenarios.find(scenarioId) : undefined;
    if (scenario && scenario.productionId !== productionId) {
      throw badInput(
        'scenarioId',
        `Scenario "${scenario.name}" belongs to another production; pick one of ${production.code}'s scenarios.`,
      );
    }
    const assumptions = await this.assumptions(scenario?.assumptions, planDate, base.currency);
    // Tasks with no bid (no override, no template): planned at 0 h, named in every plan report.
    const unbid: string[] = [];
    const tasks = base.rows.map((t) => {
      const bid = taskBid(t, base.hoursPerDay);
      const task = planTask(
        t,
        bid,
        pricing.role(t.baselineRoleId).code,
        pricing.rate(productionId, t.baselineRoleId),
      );
      if (!bid) unbid.push(task.label);
      return task;
    });
    return {
      production,
      scenarioName: scenario?.name ?? 'Tasks as planned',
      planDate,
      budget: money(production.budgetMinor, production.currency),
      assumptions,
      tasks,
      unbid,
      weeksToDelivery: makeRatio(BigInt(base.daysToDelivery), 7n),
      asOf: base.asOf,
      spent: base.spent,
      ledger: base.ledger,
    };
  }

  /** What is spent by the end of the day: each planned task with work on it, and the tasks outside the plan. */
  private spentAsOf(ledger: ProductionLedger, day: string, tasks: readonly { id: string }[]): PlanSpend {
    const report = costReportAsOf(ledger, day, () => undefined);
    const worked = workedOn(ledger);
    const planned = new Set(tasks.map((t) => t.id));
    return {
      byTask: new Map(
        report.lines
          .filter((l) => planned.has(l.taskId) && worked.has(l.taskId))
          .map((l) => [l.taskId, l.actualToDate]),
      ),
      outsidePlan: sumMoney(
        report.lines.filter((l) => !planned.has(l.taskId)).map((l) => l.actualToDate),
        ledger.rateCard.currency,
      ),
    };
  }

  /** The production, its plan date, pricing and tasks not OMITTED; refuses a production with no rate card. */
  async base(productionId: string, asOf?: string): Promise<PlanBase> {
    const ledger = await this.ledgers.load(productionId, asOf);
    const { production, pricing } = ledger;
    const day = asOf ?? today();
    const planDate = [day, production.startDate].sort()[1];
    const card = pricing.card(productionId);
    const days = (Date.parse(production.deliveryDate) - Date.parse(planDate)) / DAY_MS;
    const rows = ledger.tasks.filter((t) => t.status !== 'OMITTED');
    return {
      asOf: day,
      spent: this.spentAsOf(ledger, day, rows),
      ledger,
      production,
      planDate,
      daysToDelivery: Math.max(0, Math.round(days)),
      pricing,
      currency: card.currency,
      hoursPerDay: pricing.bidDays().get(productionId) as string,
      rows,
    };
  }

  /** A price in the production's currency at the plan quarter's booked rate. */
  async inCurrency(price: Money, planDate: string, currency: string): Promise<Money> {
    if (price.currency === currency) return price;
    const quarter = quarterOf(planDate);
    return convertMoney(price, quarter, await this.pricing.fxTable(currency, [quarter]));
  }

  /**
   * A saved scenario's assumptions, or the defaults (tasks as planned). A scenario's GPU price
   * must be found; the defaults' may be missing (no compute rate or FX yet), and then only a
   * plan that puts open work on the GPU is refused, by the plan model, saying so.
   */
  private async assumptions(
    saved: ScenarioAssumptions | undefined,
    planDate: string,
    currency: string,
  ): Promise<PlanAssumptions> {
    const raw = saved ?? AS_PLANNED;
    const gpuRate =
      raw.gpuSecondsPerFrame === 0
        ? null
        : await this.gpuRate(raw, planDate, currency).catch((e) => {
            if (saved || !(e instanceof AppError)) throw e;
            return null;
          });
    return planAssumptions({
      pathByTaskType: Object.fromEntries(raw.pathByTaskType.map((p) => [p.taskTypeCode, p.path])),
      aiReviewHoursPerTask: raw.aiReviewHoursPerTask,
      reworkRatePercent: raw.reworkRatePercent,
      gpuSecondsPerFrame: raw.gpuSecondsPerFrame,
      gpuRate,
      headcount: Object.fromEntries(raw.headcounts.map((h) => [h.roleCode, h.people])),
      gpuCount: raw.gpuCount,
      contingencyPercent: raw.contingencyPercent,
      hoursPerWeek: raw.hoursPerWeek,
    });
  }

  /** The scenario's GPU price, else the device class's compute rate, in the production's currency at the plan quarter's rate. */
  private async gpuRate(raw: ScenarioAssumptions, planDate: string, currency: string) {
    let price = raw.gpuPricePerHour && money(raw.gpuPricePerHour.amountMinor, raw.gpuPricePerHour.currency);
    if (!price) {
      const rate = await this.ledger.computePrice(raw.gpuDeviceClass, planDate);
      if (!rate) {
        throw badInput(
          'scenario.gpuDeviceClass',
          `No compute rate for ${raw.gpuDeviceClass} is in effect on ${planDate}; add one, or give the scenario a GPU price.`,
        );
      }
      price = money(rate.pricePerHourMinor, rate.currency);
    }
    return hourlyRate(await this.inCurrency(price, planDate, currency));
  }
}
