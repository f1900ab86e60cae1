import { money } from '../money/money';
import type { WorkingLine } from '../working';
import { exactChoicesAt, exactFrontier, type ExactLimits, type RawFrontier } from './exact-frontier';
import { hullChoicesAt, hullFrontier } from './hull-frontier';
import { prepareTasks } from './prepare';
import type { TaskPath } from '../vocabulary';
import type { Frontier, FrontierPoint, OptimiserTask, PreparedTask, TaskChoice } from './types';

/** Limits for the exact merge; past them the hull is used. Sized to stay well under a second. */
export const DEFAULT_EXACT_LIMITS: ExactLimits = { maxPoints: 20_000, maxStored: 2_000_000 };

function present(
  currency: string,
  tasks: readonly PreparedTask[],
  raw: RawFrontier,
  exact: boolean,
  gaps: { hours: number; cost: number },
  method: string,
): Frontier {
  const n = raw.costs.length;
  // Raw frontiers run least displacing first; planners read them cheapest first.
  const points: FrontierPoint[] = [];
  for (let i = n - 1; i >= 0; i--) {
    points.push({ cost: money(raw.costs[i], currency), displacedHours: raw.tenths[i] / 10 });
  }
  const choicesAt = (index: number): TaskChoice[] =>
    raw.choicesAt(n - 1 - index).map((option, t) => ({
      taskId: tasks[t].taskId,
      path: tasks[t].paths[option],
      cost: money(tasks[t].costs[option], currency),
      displacedHours: tasks[t].tenths[option] / 10,
    }));
  // Counting paths needs no money: 300 points of a thousand-task production each skip a thousand objects.
  const pathsAt = (index: number): TaskPath[] =>
    raw.choicesAt(n - 1 - index).map((option, t) => tasks[t].paths[option]);
  const lines: WorkingLine[] = tasks.map((t) => ({
    label: `${t.taskId}: ${t.paths.length} undominated path${t.paths.length === 1 ? '' : 's'} (${t.paths.join(', ')})`,
    refs: [t.taskId],
  }));
  return {
    currency,
    points,
    exact,
    maxGapHours: gaps.hours / 10,
    maxGapCost: money(gaps.cost, currency),
    choicesAt,
    pathsAt,
    working: { lines, note: `${method} Displaced hours are rounded half-even to 0.1 h.` },
  };
}

/** How a frontier recovers each point's choices, as plain arrays a worker thread can post back. */
export type FrontierRecovery =
  | { kind: 'exact'; parents: Int32Array[]; picks: Uint8Array[] }
  | { kind: 'hull'; tradeTask: Int32Array; tradeTo: Int32Array };

/** A frontier as plain data (typed arrays, no functions): what `frontierData` computes off the request thread. */
export interface FrontierData {
  currency: string;
  tasks: PreparedTask[];
  /** Least displacing (dearest) first, as the merge produces them. */
  costs: Float64Array;
  tenths: Float64Array;
  exact: boolean;
  gaps: { hours: number; cost: number };
  method: string;
  recovery: FrontierRecovery;
}

/**
 * The Pareto frontier of total cost against total displaced hours over each task's allowed paths
 * (a multiple-choice knapsack with two objectives), as plain data. Exact when the merge stays
 * within `limits` (hundreds of tasks, or more with few distinct displacement values); otherwise
 * the frontier's convex hull, every point still undominated, with gaps bounding how far any query
 * answer can be from the best plan. Either way 5,000 tasks take well under two seconds.
 */
export function frontierData(
  tasks: readonly OptimiserTask[],
  limits: ExactLimits = DEFAULT_EXACT_LIMITS,
): FrontierData {
  const { currency, prepared } = prepareTasks(tasks);
  const exact = exactFrontier(prepared, limits);
  if (exact) {
    return {
      currency,
      tasks: prepared,
      costs: exact.costs,
      tenths: exact.tenths,
      exact: true,
      gaps: { hours: 0, cost: 0 },
      method: 'Exact Pareto merge, task by task, with dominance pruning.',
      recovery: { kind: 'exact', parents: exact.parents, picks: exact.picks },
    };
  }
  const hull = hullFrontier(prepared);
  const gaps = { hours: 0, cost: 0 };
  for (const t of hull.trades) {
    gaps.hours = Math.max(gaps.hours, t.extra);
    gaps.cost = Math.max(gaps.cost, t.saving);
  }
  return {
    currency,
    tasks: prepared,
    costs: hull.costs,
    tenths: hull.tenths,
    exact: false,
    gaps,
    method:
      'Too many plans to list exactly: this is the convex hull of the frontier (greedy by saving per displaced hour). Every point is undominated; between points the best plan can be up to maxGapHours less displacing or maxGapCost cheaper.',
    recovery: { kind: 'hull', tradeTask: hull.tradeTask, tradeTo: hull.tradeTo },
  };
}

/** The frontier planners read (cheapest first, choices per point) from its plain data. */
export function frontierFromData(d: FrontierData): Frontier {
  const r = d.recovery;
  const choicesAt =
    r.kind === 'exact'
      ? exactChoicesAt(r.parents, r.picks)
      : hullChoicesAt(d.tasks.length, r.tradeTask, r.tradeTo);
  return present(
    d.currency,
    d.tasks,
    { costs: d.costs, tenths: d.tenths, choicesAt },
    d.exact,
    d.gaps,
    d.method,
  );
}

/** The Pareto frontier of a plan's tasks (see `frontierData`), on the calling thread. */
export const paretoFrontier = (
  tasks: readonly OptimiserTask[],
  limits: ExactLimits = DEFAULT_EXACT_LIMITS,
): Frontier => frontierFromData(frontierData(tasks, limits));
