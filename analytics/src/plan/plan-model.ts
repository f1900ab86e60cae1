import { expectedHours, type ThreePointHours } from '../bids/three-point';
import { toNonNegativeRatio, toRatio, type Quantity } from '../exact/parse';
import { makeRatio, mul, type Ratio } from '../exact/ratio';
import { sumQuantities } from '../exact/sum';
import { AnalyticsInputError } from '../errors';
import { sumMoney, type Money } from '../money/money';
import { priceHours, type HourlyRate } from '../rates/hourly-rate';
import type { TaskPath } from '../vocabulary';

/**
 * The plan model (docs/design.md, "The numbers"): what one task takes on each path under a
 * scenario's assumptions. The api's feasibility, risk and frontier reports and the dashboard's
 * what-if sliders all price through these functions, so they agree to the minor unit.
 */

/** A scenario's assumptions, read exactly (see ScenarioAssumptions in api/src/planning). */
export interface PlanAssumptions {
  /** Task types put on one path; types left out keep each task's own path. */
  pathByTaskType: Readonly<Record<string, TaskPath>>;
  /** AI review hours on every AI task; null keeps each task's planned review hours. */
  aiReviewHoursPerTask: Ratio | null;
  /** The share of the bid artists redo on an AI-assisted task (the rework rate / 100). */
  reworkShare: Ratio;
  gpuSecondsPerFrame: Ratio;
  /** The GPU-hour price in the production's currency; null where none is known (and none is needed). */
  gpuRate: HourlyRate | null;
  headcount: Readonly<Record<string, number>>;
  gpuCount: number;
  contingencyPercent: Ratio;
  hoursPerWeek: Ratio;
}

/** Assumptions as a scenario stores them or the sliders show them: plain numbers or decimal strings. */
export interface PlanSliders {
  pathByTaskType: Readonly<Record<string, TaskPath>>;
  aiReviewHoursPerTask: Quantity | null;
  reworkRatePercent: Quantity;
  gpuSecondsPerFrame: Quantity;
  gpuRate: HourlyRate | null;
  headcount: Readonly<Record<string, number>>;
  gpuCount: number;
  contingencyPercent: Quantity;
  hoursPerWeek: Quantity;
}

/** Reads the sliders exactly: 12.5% rework is the share 1/8, never a float. */
export function planAssumptions(s: PlanSliders): PlanAssumptions {
  const rework = toNonNegativeRatio(s.reworkRatePercent, 'scenario.reworkRatePercent');
  return {
    pathByTaskType: s.pathByTaskType,
    aiReviewHoursPerTask:
      s.aiReviewHoursPerTask === null
        ? null
        : toNonNegativeRatio(s.aiReviewHoursPerTask, 'scenario.aiReviewHoursPerTask'),
    reworkShare: makeRatio(rework.num, rework.den * 100n),
    gpuSecondsPerFrame: toNonNegativeRatio(s.gpuSecondsPerFrame, 'scenario.gpuSecondsPerFrame'),
    gpuRate: s.gpuRate,
    headcount: s.headcount,
    gpuCount: s.gpuCount,
    contingencyPercent: toRatio(s.contingencyPercent, 'scenario.contingencyPercent'),
    hoursPerWeek: toRatio(s.hoursPerWeek, 'scenario.hoursPerWeek'),
  };
}

/** One task as the plan prices it. */
export interface PlanTaskInput {
  id: string;
  /** Shot and task type, for people to read. */
  label: string;
  taskTypeCode: string;
  roleCode: string;
  rate: HourlyRate;
  path: TaskPath;
  aiForbidden: boolean;
  /** Still to do (not DONE): counts against the weeks left. */
  remaining: boolean;
  /** Three-point bid hours; zero for a task with no bid. */
  bid: ThreePointHours;
  plannedReviewHours: Ratio;
  frameCount: number;
}

/** What one task takes on one path. */
export interface PathPlan {
  path: TaskPath;
  /** Hours of the task's baseline role: the bid on HUMAN; rework and review on AI paths. */
  hours: ThreePointHours;
  expectedHours: Ratio;
  gpuHours: Ratio;
  gpuCost: Money;
  /** Expected hours (PERT) x loaded rate + GPU hours x GPU price. */
  expectedCost: Money;
  /** B - craft hours (most likely): nothing on HUMAN, the bid less rework on AI-assisted, the whole bid on AI-final. */
  displacedHours: Ratio;
}

const ZERO = makeRatio(0n);

/** The path a scenario puts a task on: its task type's path, else its own; HUMAN where policy forbids AI. */
export function chosenPath(task: PlanTaskInput, a: PlanAssumptions): TaskPath {
  if (task.aiForbidden) return 'HUMAN';
  return a.pathByTaskType[task.taskTypeCode] ?? task.path;
}

/**
 * One task on one path. HUMAN: the bid's hours. AI paths: review hours (the scenario's, else the
 * task's planned ones), plus on AI_ASSISTED the rework share of the bid; AI_FINAL output is
 * final, so it has no rework. Both AI paths run frames x GPU seconds per frame on the GPU.
 */
export function pathPlan(task: PlanTaskInput, path: TaskPath, a: PlanAssumptions): PathPlan {
  const bid = task.bid;
  let hours = bid;
  let gpuHours = ZERO;
  let displacedHours = ZERO;
  if (path !== 'HUMAN') {
    const review = a.aiReviewHoursPerTask ?? task.plannedReviewHours;
    const share = path === 'AI_ASSISTED' ? a.reworkShare : ZERO;
    const craft = (h: Ratio) => sumQuantities([mul(h, share), review]);
    hours = {
      optimistic: craft(bid.optimistic),
      mostLikely: craft(bid.mostLikely),
      pessimistic: craft(bid.pessimistic),
    };
    gpuHours = makeRatio(
      BigInt(task.frameCount) * a.gpuSecondsPerFrame.num,
      3600n * a.gpuSecondsPerFrame.den,
    );
    displacedHours = sumQuantities([bid.mostLikely, mul(bid.mostLikely, makeRatio(-share.num, share.den))]);
  }
  const expected = expectedHours(hours);
  const gpuCost =
    gpuHours.num === 0n
      ? { amountMinor: 0n, currency: task.rate.currency }
      : priceHours(gpuHours, gpuRate(a));
  return {
    path,
    hours,
    expectedHours: expected,
    gpuHours,
    gpuCost,
    expectedCost: sumMoney([priceHours(expected, task.rate), gpuCost], task.rate.currency),
    displacedHours,
  };
}

function gpuRate(a: PlanAssumptions): HourlyRate {
  if (!a.gpuRate) {
    throw new AnalyticsInputError(
      'scenario.gpuPricePerHour',
      'The plan puts work on the GPU but has no GPU price; give the scenario one, or add a compute rate.',
    );
  }
  return a.gpuRate;
}
