import {
  bidHours,
  convertMoney,
  makeRatio,
  quarterOf,
  toRatio,
  type BidTemplate,
  type Complexity,
  type FxTable,
  type HourlyRate,
  type Money,
  type Ratio,
  type ThreePointHours,
  type ThreePointInput,
  ratioToNumber,
} from '@frameledger/analytics';
import type { TaskPath, WhatIfPricesQuery, WhatIfTasksQuery } from '../../../gql/graphql';

type TaskNode = WhatIfTasksQuery['tasks']['edges'][number]['node'];
type Prices = WhatIfPricesQuery;

/** One task as the plan prices it: the same inputs the server's plan reports read. */
export interface PlanTask {
  id: string;
  label: string;
  taskTypeCode: string;
  taskTypeName: string;
  roleCode: string;
  rate: HourlyRate;
  path: TaskPath;
  aiForbidden: boolean;
  /** Not DONE: its hours count against the weeks left. */
  remaining: boolean;
  bid: ThreePointHours;
  plannedReviewHours: Ratio;
  frameCount: number;
}

export interface PlanInputs {
  currency: string;
  budget: Money;
  planDate: string;
  weeksToDelivery: Ratio;
  tasks: PlanTask[];
  /** Task labels with no bid, planned at 0 h. */
  unbid: string[];
  /** The GPU-hour price of a device class in the production's currency at the plan quarter, if one is known. */
  gpuPrice(deviceClass: string): Money | null;
}

const DAY_MS = 86_400_000;
const ZERO = makeRatio(0n);

/**
 * The plan as the server prices it (api/src/reports/plan/plan-context.service.ts): tasks that are
 * not OMITTED, each at its role's exact loaded rate on the production's rate card in effect,
 * bid from its template (per frame: frames / frames a day x the card's hours a day) or the
 * planner's override; the plan made today, not before the production starts.
 */
export function planInputs(prices: Prices, taskNodes: readonly TaskNode[], today = new Date()): PlanInputs {
  const p = prices.production;
  const planDate = [today.toISOString().slice(0, 10), p.startDate].sort()[1];
  const card = rateCardInEffect(prices, p.currency, planDate);
  const rates = new Map(card.lines.map((l) => [l.role.code, l.loadedRateWorking.exactMinorPerHour]));
  const templates = new Map(prices.taskTypes.edges.map((e) => [e.node.code, e.node.bidTemplates]));
  const unbid: string[] = [];
  const tasks = taskNodes
    .filter((t) => t.status !== 'OMITTED')
    .map((t): PlanTask => {
      const label = `${t.shot.code} ${t.taskType.code}`;
      const bid = taskBid(t, templates.get(t.taskType.code) ?? [], String(card.hoursPerDay));
      if (!bid) unbid.push(label);
      const exact = rates.get(t.taskType.baselineRole.code);
      if (!exact)
        throw new Error(
          `Rate card "${card.name}" has no line for ${t.taskType.baselineRole.code}; add one to price ${label}.`,
        );
      return {
        id: t.id,
        label,
        taskTypeCode: t.taskType.code,
        taskTypeName: t.taskType.name,
        roleCode: t.taskType.baselineRole.code,
        rate: { currency: card.currency, minorPerHour: toRatio(exact, 'loadedRate') },
        path: t.path,
        aiForbidden: t.aiForbidden,
        remaining: t.status !== 'DONE',
        bid: bid ?? { optimistic: ZERO, mostLikely: ZERO, pessimistic: ZERO },
        plannedReviewHours: toRatio(String(t.plannedAiReviewHours), 'plannedAiReviewHours'),
        frameCount: t.shot.frameCount,
      };
    });
  const days = (Date.parse(p.deliveryDate) - Date.parse(planDate)) / DAY_MS;
  return {
    currency: p.currency,
    budget: { amountMinor: BigInt(p.vfxBudget.amountMinor), currency: p.currency },
    planDate,
    weeksToDelivery: makeRatio(BigInt(Math.max(0, Math.round(days))), 7n),
    tasks,
    unbid,
    gpuPrice: (deviceClass) => gpuPrice(prices, deviceClass, planDate, p.currency),
  };
}

/** The production's own newest card in effect, else the newest studio-wide card in its currency. */
function rateCardInEffect(prices: Prices, currency: string, day: string) {
  const cards = prices.rateCards.edges
    .map((e) => e.node)
    .filter((c) => c.effectiveFrom.slice(0, 10) <= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const card =
    cards.find((c) => c.productionId === prices.production.id) ??
    cards.find((c) => !c.productionId && c.currency === currency);
  if (!card)
    throw new Error(`No rate card is in effect for this production on ${day}; add one in ${currency}.`);
  return card;
}

/**
 * The task's three-point bid, exact. The api gives the bid hours as a float, so the template is
 * found by its most likely hours and the bid is worked out again exactly from it.
 */
function taskBid(
  task: TaskNode,
  templates: Prices['taskTypes']['edges'][number]['node']['bidTemplates'],
  hoursPerDay: string,
): ThreePointHours | null {
  if (task.baselineHoursOverride !== null && task.baselineHoursOverride !== undefined) {
    const hours = toRatio(String(task.baselineHoursOverride), 'baselineHoursOverride');
    return { optimistic: hours, mostLikely: hours, pessimistic: hours };
  }
  if (!task.baseline) return null;
  const complexity = task.complexity as Complexity;
  const candidates = templates
    .filter((t) => t.complexity === complexity)
    .map((t) => {
      const figures = {
        [complexity]: {
          optimistic: String(t.optimistic),
          mostLikely: String(t.mostLikely),
          pessimistic: String(t.pessimistic),
        },
      } as Record<Complexity, ThreePointInput>;
      const template: BidTemplate =
        t.unit === 'FRAME'
          ? { taskType: task.taskType.code, basis: 'PER_FRAME', framesPerDayByComplexity: figures }
          : { taskType: task.taskType.code, basis: 'PER_SHOT', hoursByComplexity: figures };
      return bidHours(
        template,
        { id: task.id, complexity, frameCount: task.shot.frameCount },
        toRatio(hoursPerDay, 'hoursPerDay'),
      ).hours;
    });
  const target = task.baseline.hours;
  return candidates.find((h) => Math.abs(ratioToNumber(h.mostLikely) - target) < 1e-6) ?? null;
}

function gpuPrice(prices: Prices, deviceClass: string, planDate: string, currency: string): Money | null {
  const rate = prices.computeRates.edges
    .map((e) => e.node)
    .filter((r) => r.deviceClass === deviceClass && r.effectiveFrom.slice(0, 10) <= planDate)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  if (!rate) return null;
  const price: Money = {
    amountMinor: BigInt(rate.pricePerHour.amountMinor),
    currency: rate.pricePerHour.currency,
  };
  return price.currency === currency ? price : convertInto(prices, price, currency, quarterOf(planDate));
}

/** Money into the production's currency at the quarter's booked rate (stored either way round). */
function convertInto(prices: Prices, m: Money, currency: string, quarter: string): Money | null {
  const rates = prices.fxRates.edges.map((e) => e.node).filter((r) => r.quarter === quarter);
  const direct = rates.find((r) => r.currency === m.currency && r.reportingCurrency === currency);
  const inverse = rates.find((r) => r.currency === currency && r.reportingCurrency === m.currency);
  if (!direct && !inverse) return null;
  let rate: Ratio;
  if (direct) rate = toRatio(direct.rate, 'fx');
  else {
    const back = toRatio(inverse?.rate ?? '1', 'fx');
    rate = makeRatio(back.den, back.num);
  }
  const table: FxTable = { reportingCurrency: currency, rates: { [quarter]: { [m.currency]: rate } } };
  return convertMoney(m, quarter, table);
}
