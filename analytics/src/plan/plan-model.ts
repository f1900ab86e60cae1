import {
  expectedHours,
  HourlyRate,
  makeRatio,
  Money,
  priceHours,
  Ratio,
  sumMoney,
  sumQuantities,
  ThreePointHours,
} from '@frameledger/analytics';

export type Path = 'HUMAN' | 'AI_ASSISTED' | 'AI_FINAL';
export const PATHS: readonly Path[] = ['HUMAN', 'AI_ASSISTED', 'AI_FINAL'];

/** A scenario's assumptions, read exactly (see ScenarioAssumptions in api/src/planning). */
export interface PlanAssumptions {
  pathByTaskType: ReadonlyMap<string, Path>;
  /** AI review hours on every AI task; null keeps each task's planned review hours. */
  aiReviewHoursPerTask: Ratio | null;
  /** The share of the bid artists redo on an AI-assisted task (the rework rate / 100). */
  reworkShare: Ratio;
  gpuSecondsPerFrame: Ratio;
  /** The GPU-hour price in the production's currency; null where none is known (and none is needed). */
  gpuRate: HourlyRate | null;
  headcount: Readonly<Record<string, number>>;
  gpuCount: number;
  contingencyPercent: string;
  hoursPerWeek: string;
}

export interface PlanTask {
  id: string;
  /** Shot and task type, for people to read. */
  label: string;
  taskTypeCode: string;
  roleCode: string;
  rate: HourlyRate;
  path: Path;
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
  path: Path;
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

const times = (a: Ratio, b: Ratio): Ratio => makeRatio(a.num * b.num, a.den * b.den);
const ZERO = makeRatio(0n);

/** The path a scenario puts a task on: its task type's path, else its own; HUMAN where policy forbids AI. */
export function chosenPath(task: PlanTask, a: PlanAssumptions): Path {
  if (task.aiForbidden) return 'HUMAN';
  return a.pathByTaskType.get(task.taskTypeCode) ?? task.path;
}

/**
 * One task on one path. HUMAN: the bid's hours. AI paths: review hours (the scenario's, else the
 * task's planned ones), plus on AI_ASSISTED the rework share of the bid; AI_FINAL output is
 * final, so it has no rework. Both AI paths run frames x GPU seconds per frame on the GPU.
 */
export function pathPlan(task: PlanTask, path: Path, a: PlanAssumptions): PathPlan {
  const bid = task.bid;
  let hours = bid;
  let gpuHours = ZERO;
  let displacedHours = ZERO;
  if (path !== 'HUMAN') {
    const review = a.aiReviewHoursPerTask ?? task.plannedReviewHours;
    const share = path === 'AI_ASSISTED' ? a.reworkShare : ZERO;
    const craft = (h: Ratio) => sumQuantities([times(h, share), review]);
    hours = {
      optimistic: craft(bid.optimistic),
      mostLikely: craft(bid.mostLikely),
      pessimistic: craft(bid.pessimistic),
    };
    gpuHours = makeRatio(
      BigInt(task.frameCount) * a.gpuSecondsPerFrame.num,
      3600n * a.gpuSecondsPerFrame.den,
    );
    displacedHours = sumQuantities([bid.mostLikely, times(bid.mostLikely, makeRatio(-share.num, share.den))]);
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
  if (!a.gpuRate) throw new Error('the plan needs GPU hours but was given no GPU price');
  return a.gpuRate;
}
