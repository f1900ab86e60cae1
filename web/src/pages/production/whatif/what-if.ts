import {
  AnalyticsInputError,
  expectedHours,
  feasibility,
  hourlyRate,
  makeRatio,
  priceHours,
  simulateCost,
  sumMoney,
  sumQuantities,
  toRatio,
  type Feasibility,
  type Money,
  type Ratio,
  type ThreePointHours,
} from '@frameledger/analytics';
import type { TaskPath } from '../../../gql/graphql';
import type { FeasibilityFigures } from '../plan/FeasibilityView';
import type { PlanInputs, PlanTask } from './plan-inputs';

/** The what-if sliders, in the terms of a saved scenario (ScenarioAssumptionsInput). */
export interface WhatIfAssumptions {
  /** Task types put on one path; types left out keep each task's own path. */
  pathByTaskType: Readonly<Record<string, TaskPath>>;
  /** Review hours on every AI task; null keeps each task's planned hours. */
  aiReviewHoursPerTask: number | null;
  reworkRatePercent: number;
  gpuSecondsPerFrame: number;
  /** The GPU-hour price in minor units of the production's currency. */
  gpuPricePerHourMinor: bigint;
  gpuCount: number;
  headcount: Readonly<Record<string, number>>;
  contingencyPercent: number;
  hoursPerWeek: number;
}

export interface WhatIfResult {
  figures: FeasibilityFigures;
  /** Share of 10,000 seeded draws within the budget before contingency, as the risk report draws. */
  probabilityWithinBudget: number | null;
  /** AI-assisted and AI-final tasks / all tasks. */
  aiShare: number;
}

const ZERO = makeRatio(0n);
const times = (a: Ratio, b: Ratio): Ratio => makeRatio(a.num * b.num, a.den * b.den);

/**
 * The plan under the sliders, computed here by @frameledger/analytics with no request to the
 * server. The pricing of each path is the server's plan model (api/src/reports/plan/plan-model.ts):
 * HUMAN is the bid; AI paths are review hours plus, on AI-assisted, the rework share of the bid, and
 * frames x GPU seconds on the GPU. A browser test holds the two to the same figures.
 */
export function runWhatIf(inputs: PlanInputs, a: WhatIfAssumptions): WhatIfResult | { error: string } {
  try {
    const rework = makeRatio(BigInt(Math.round(a.reworkRatePercent * 100)), 10_000n);
    const gpuRate = hourlyRate({ amountMinor: a.gpuPricePerHourMinor, currency: inputs.currency });
    const review =
      a.aiReviewHoursPerTask === null
        ? null
        : toRatio(String(a.aiReviewHoursPerTask), 'aiReviewHoursPerTask');
    const seconds = toRatio(String(a.gpuSecondsPerFrame), 'gpuSecondsPerFrame');
    const planned = inputs.tasks.map((task) => {
      const path = task.aiForbidden ? 'HUMAN' : (a.pathByTaskType[task.taskTypeCode] ?? task.path);
      return { task, path, ...pathCost(task, path, { rework, review, seconds, gpuRate }) };
    });
    const result = feasibility({
      tasks: planned.map((p) => ({
        taskId: p.task.id,
        path: p.path,
        expectedCost: p.expectedCost,
        hoursByRole: p.task.remaining ? { [p.task.roleCode]: p.expected } : {},
        gpuHours: p.task.remaining ? p.gpuHours : 0,
      })),
      budget: inputs.budget,
      contingencyPercent: String(a.contingencyPercent),
      headcount: a.headcount,
      hoursPerWeek: String(a.hoursPerWeek),
      gpuCount: a.gpuCount,
      weeksToDelivery: inputs.weeksToDelivery,
    });
    const risk = simulateCost({
      tasks: planned.map((p) => ({
        taskId: p.task.id,
        hours: p.hours,
        rate: p.task.rate,
        fixedCost: p.gpuCost,
      })),
      currency: inputs.currency,
      budget: inputs.budget,
      draws: 10_000,
      seed: 1,
    });
    const ai = planned.filter((p) => p.path !== 'HUMAN').length;
    return {
      figures: toFigures(result, inputs.budget),
      probabilityWithinBudget: risk.probabilityWithinBudget,
      aiShare: planned.length ? ai / planned.length : 0,
    };
  } catch (error) {
    if (error instanceof AnalyticsInputError) return { error: error.message };
    throw error;
  }
}

function pathCost(
  task: PlanTask,
  path: TaskPath,
  a: { rework: Ratio; review: Ratio | null; seconds: Ratio; gpuRate: ReturnType<typeof hourlyRate> },
) {
  let hours: ThreePointHours = task.bid;
  let gpuHours = ZERO;
  if (path !== 'HUMAN') {
    const review = a.review ?? task.plannedReviewHours;
    const share = path === 'AI_ASSISTED' ? a.rework : ZERO;
    const craft = (h: Ratio) => sumQuantities([times(h, share), review]);
    hours = {
      optimistic: craft(task.bid.optimistic),
      mostLikely: craft(task.bid.mostLikely),
      pessimistic: craft(task.bid.pessimistic),
    };
    gpuHours = makeRatio(BigInt(task.frameCount) * a.seconds.num, 3600n * a.seconds.den);
  }
  const expected = expectedHours(hours);
  const gpuCost: Money =
    gpuHours.num === 0n ? { amountMinor: 0n, currency: task.rate.currency } : priceHours(gpuHours, a.gpuRate);
  return {
    hours,
    expected,
    gpuHours,
    gpuCost,
    expectedCost: sumMoney([priceHours(expected, task.rate), gpuCost], task.rate.currency),
  };
}

const value = (m: Money) => ({ amountMinor: m.amountMinor.toString(), currency: m.currency });

function toFigures(f: Feasibility, budget: Money): FeasibilityFigures {
  return {
    verdict: f.verdict,
    summary: f.summary,
    budget: value(budget),
    planCost: value(f.planCost),
    contingency: value(f.contingency),
    totalCost: value(f.totalCost),
    headroom: value(f.headroom),
    scheduleWeeks: f.scheduleWeeks,
    weeksToDelivery: f.weeksToDelivery,
    constraints: f.constraints,
  };
}
