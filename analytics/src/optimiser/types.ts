import type { Quantity } from '../exact/parse';
import type { TaskPath } from '../vocabulary';
import type { Money } from '../money/money';
import type { Working } from '../working';

/** One way to do a task, with what it costs and how many craft hours it displaces. */
export interface PathOption {
  path: TaskPath;
  cost: Money;
  displacedHours: Quantity;
}

export interface OptimiserTask {
  taskId: string;
  options: readonly PathOption[];
  /** Paths policy allows for this task (e.g. no AI on a likeness shot without consent). Default: all given. */
  allowedPaths?: readonly TaskPath[];
}

export interface FrontierPoint {
  cost: Money;
  /** Total displaced hours, on the optimiser's 0.1 h grid. */
  displacedHours: number;
}

export interface TaskChoice {
  taskId: string;
  path: TaskPath;
  /** What the chosen path costs for this task. */
  cost: Money;
  /** Hours it displaces, on the 0.1 h grid. */
  displacedHours: number;
}

/**
 * Plans that trade cost against displaced hours, none dominated by any other plan (no plan is
 * both no dearer and no more displacing, and better in one). Cheapest first, so displacement
 * falls as cost rises.
 */
export interface Frontier {
  currency: string;
  points: FrontierPoint[];
  /**
   * True when `points` is the whole Pareto frontier. False for large inputs, where it is the
   * frontier's convex hull: every listed point is still undominated, but plans between two
   * neighbouring points may be missing.
   */
  exact: boolean;
  /** Most any query's answer can displace beyond the best plan with the same budget (0 when exact). */
  maxGapHours: number;
  /** Most any query's answer can cost beyond the cheapest plan under the same cap (0 when exact). */
  maxGapCost: Money;
  /** Each task's path in points[index]. */
  choicesAt(index: number): TaskChoice[];
  /** Each task's path alone in points[index], in the order of choicesAt. */
  pathsAt(index: number): TaskPath[];
  working: Working;
}

/** A task after validation: allowed options only, undominated ones, least displacing first. */
export interface PreparedTask {
  taskId: string;
  /** Cost in minor units: whole numbers, safe because totals are checked to stay below 2^53. */
  costs: number[];
  /** Displaced tenths of an hour. */
  tenths: number[];
  paths: TaskPath[];
}
