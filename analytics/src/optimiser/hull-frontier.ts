import type { RawFrontier } from './exact-frontier';
import type { PreparedTask } from './types';

/** Moving one task from one option to the next: saves `saving` minor units, displaces `extra` more tenths. */
interface Trade {
  task: number;
  to: number;
  saving: number;
  extra: number;
  /** saving / extra, for a fast first comparison. */
  rate: number;
}

/** Compares two trades by saving per displaced hour, best first, exactly (bigint) when the floats are too close to call. */
function byRateDescending(a: Trade, b: Trade): number {
  const diff = b.rate - a.rate;
  if (Math.abs(diff) > 1e-9 * Math.max(a.rate, b.rate)) return diff;
  const left = BigInt(b.saving) * BigInt(a.extra);
  const right = BigInt(a.saving) * BigInt(b.extra);
  if (left !== right) return left > right ? 1 : -1;
  return a.task - b.task || a.to - b.to; // equal rates: keep each task's own trades in order
}

/** The trades along a task's lower convex hull, in order; savings per hour never rise along it. */
function hullTrades(task: PreparedTask, index: number): Trade[] {
  const hull: number[] = [];
  const worse = (a: number, b: number, c: number): boolean =>
    // b is under the hull if trading a->b saves less per hour than b->c (exactly, in bigint).
    BigInt(task.costs[a] - task.costs[b]) * BigInt(task.tenths[c] - task.tenths[b]) <
    BigInt(task.costs[b] - task.costs[c]) * BigInt(task.tenths[b] - task.tenths[a]);
  for (let o = 0; o < task.costs.length; o++) {
    while (hull.length >= 2 && worse(hull[hull.length - 2], hull[hull.length - 1], o)) hull.pop();
    hull.push(o);
  }
  return hull.slice(1).map((to, i) => {
    const from = hull[i];
    const saving = task.costs[from] - task.costs[to];
    const extra = task.tenths[to] - task.tenths[from];
    return { task: index, to, saving, extra, rate: saving / extra };
  });
}

/**
 * The convex hull of the frontier (the supported Pareto points), for inputs too large to merge
 * exactly. Start every task on its least displacing option, then apply trades in order of saving
 * per displaced hour, best first (the greedy that solves the multiple-choice knapsack's linear
 * relaxation). After each trade the plan minimises cost + lambda x displacement for some lambda > 0,
 * so every point is undominated. Between two neighbouring points the true frontier lies between
 * the segment joining them (the LP bound) and the staircase of the two points, so a query's gap
 * is at most one trade's extra displacement or saving. O(n log n).
 */
export function hullFrontier(
  tasks: readonly PreparedTask[],
): RawFrontier & { trades: readonly Trade[]; tradeTask: Int32Array; tradeTo: Int32Array } {
  const trades = tasks.flatMap(hullTrades).sort(byRateDescending);
  const costs = new Float64Array(trades.length + 1);
  const tenths = new Float64Array(trades.length + 1);
  for (const t of tasks) {
    costs[0] += t.costs[0];
    tenths[0] += t.tenths[0];
  }
  trades.forEach((trade, i) => {
    costs[i + 1] = costs[i] - trade.saving;
    tenths[i + 1] = tenths[i] + trade.extra;
  });
  const tradeTask = Int32Array.from(trades, (t) => t.task);
  const tradeTo = Int32Array.from(trades, (t) => t.to);
  return {
    costs,
    tenths,
    trades,
    tradeTask,
    tradeTo,
    choicesAt: hullChoicesAt(tasks.length, tradeTask, tradeTo),
  };
}

/** A hull point's choices: every task on its least displacing option, then the first `index` trades applied. */
export function hullChoicesAt(
  taskCount: number,
  tradeTask: Int32Array,
  tradeTo: Int32Array,
): (index: number) => number[] {
  return (index) => {
    const choice = new Array<number>(taskCount).fill(0);
    for (let i = 0; i < index; i++) choice[tradeTask[i]] = tradeTo[i];
    return choice;
  };
}
