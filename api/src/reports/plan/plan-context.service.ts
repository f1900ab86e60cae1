import { Injectable } from '@nestjs/common';
import {
  convertMoney,
  hourlyRate,
  makeRatio,
  money,
  Money,
  quarterOf,
  Ratio,
  ThreePointHours,
  toRatio,
} from '@frameledger/analytics';
import { badInput, notFound } from '../../common/errors';
import { ScenarioAssumptions } from '../../planning/scenarios/scenario-assumptions';
import { ScenariosService } from '../../planning/scenarios/scenarios.service';
import { Pricing, PricingService } from '../pricing/pricing';
import {
  ProductionLedgerRepository,
  ProductionRow,
  TaskRow,
} from '../production/production-ledger.repository';
import { taskBid } from '../production/task-bid';
import { Path, PlanAssumptions, PlanTask } from './plan-model';

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
  tasks: PlanTask[];
  /** Tasks with no bid (planned at 0 h), by label. */
  unbid: string[];
  weeksToDelivery: Ratio;
}

const today = () => new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

@Injectable()
export class PlanContextService {
  constructor(
    private readonly ledger: ProductionLedgerRepository,
    private readonly pricing: PricingService,
    private readonly scenarios: ScenariosService,
  ) {}

  async load(
    productionId: string,
    scenarioId: string | undefined,
    asOf: string | undefined,
  ): Promise<PlanContext> {
    const production = await this.ledger.production(productionId);
    if (!production) throw notFound('production', productionId);
    if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw badInput('asOf', `"${asOf}" is not a date; write it like 2026-07-31.`);
    const scenario = scenarioId ? await this.scenarios.find(scenarioId) : undefined;
    if (scenario && scenario.productionId !== productionId) {
      throw badInput(
        'scenarioId',
        `Scenario "${scenario.name}" belongs to another production; pick one of ${production.code}'s scenarios.`,
      );
    }
    const raw = scenario?.assumptions ?? AS_PLANNED;
    const planDate = [asOf ?? today(), production.startDate].sort()[1];
    const [pricing, rows] = await Promise.all([
      this.pricing.forProductions([productionId]),
      this.ledger.tasks(productionId),
    ]);
    const card = pricing.card(productionId);
    const assumptions = await this.assumptions(raw, planDate, card.currency);
    const day = pricing.bidDays().get(productionId) as string;
    const unbid: string[] = [];
    const tasks = rows
      .filter((t) => t.status !== 'OMITTED')
      .map((t) => {
        const bid = taskBid(t, day);
        const task = planTask(t, bid, pricing, productionId);
        if (!bid) unbid.push(task.label);
        return task;
      });
    const days = (Date.parse(production.deliveryDate) - Date.parse(planDate)) / DAY_MS;
    return {
      production,
      scenarioName: scenario?.name ?? 'Tasks as planned',
      planDate,
      budget: money(production.budgetMinor, production.currency),
      assumptions,
      tasks,
      unbid,
      weeksToDelivery: makeRatio(BigInt(Math.max(0, days)), 7n),
    };
  }

  private async assumptions(
    raw: ScenarioAssumptions,
    planDate: string,
    currency: string,
  ): Promise<PlanAssumptions> {
    const seconds = toRatio(String(raw.gpuSecondsPerFrame), 'scenario.gpuSecondsPerFrame');
    const rework = toRatio(String(raw.reworkRatePercent), 'scenario.reworkRatePercent');
    return {
      pathByTaskType: new Map(raw.pathByTaskType.map((p) => [p.taskTypeCode, p.path as Path])),
      aiReviewHoursPerTask:
        raw.aiReviewHoursPerTask === null
          ? null
          : toRatio(String(raw.aiReviewHoursPerTask), 'scenario.aiReviewHoursPerTask'),
      reworkShare: makeRatio(rework.num, rework.den * 100n),
      gpuSecondsPerFrame: seconds,
      gpuRate: seconds.num === 0n ? null : await this.gpuRate(raw, planDate, currency),
      headcount: Object.fromEntries(raw.headcounts.map((h) => [h.roleCode, h.people])),
      gpuCount: raw.gpuCount,
      contingencyPercent: String(raw.contingencyPercent),
      hoursPerWeek: String(raw.hoursPerWeek),
    };
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
    if (price.currency !== currency) {
      const quarter = quarterOf(planDate);
      price = convertMoney(price, quarter, await this.pricing.fxTable(currency, [quarter]));
    }
    return hourlyRate(price);
  }
}

function planTask(t: TaskRow, bid: ThreePointHours | null, pricing: Pricing, productionId: string): PlanTask {
  const zero = makeRatio(0n);
  return {
    id: t.id,
    label: `${t.shotCode} ${t.taskTypeCode}`,
    taskTypeCode: t.taskTypeCode,
    roleCode: pricing.role(t.baselineRoleId).code,
    rate: pricing.rate(productionId, t.baselineRoleId),
    path: t.path,
    aiForbidden: t.aiForbidden,
    remaining: t.status !== 'DONE',
    bid: bid ?? { optimistic: zero, mostLikely: zero, pessimistic: zero },
    plannedReviewHours: toRatio(t.plannedAiReviewHours, 'task.plannedAiReviewHours'),
    frameCount: t.frameCount,
  };
}
