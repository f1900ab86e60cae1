import type { PreparedTask } from './types';

/** A frontier as parallel arrays, least displacing (dearest) first, with how to recover each point's choices. */
export interface RawFrontier {
  costs: Float64Array;
  tenths: Float64Array;
  choicesAt(index: number): number[];
}

export interface ExactLimits {
  /** Give up when one step's frontier passes this many points. */
  maxPoints: number;
  /** Give up when the back-pointers kept for recovery pass this many points in all. */
  maxStored: number;
}

/**
 * The exact Pareto frontier by merging one task at a time: the frontier of tasks 1..i+1 is the
 * undominated subset of (frontier of 1..i) + (each option of task i+1). Each step is a k-way merge
 * of shifted copies of the previous frontier (already sorted), keeping a point only if it is
 * cheaper than every less displacing one. Exact on the 0.1 h grid; its size grows with the number
 * of distinct displacement totals, so it returns undefined once the limits are passed.
 */
export function exactFrontier(
  tasks: readonly PreparedTask[],
  limits: ExactLimits,
): (RawFrontier & { parents: Int32Array[]; picks: Uint8Array[] }) | undefined {
  let costs = new Float64Array([0]);
  let tenths = new Float64Array([0]);
  const parents: Int32Array[] = [];
  const picks: Uint8Array[] = [];
  let stored = 0;
  // Scratch for one merge, reused across tasks; each step keeps only a trimmed copy.
  let nextCosts = new Float64Array(0);
  let nextTenths = new Float64Array(0);
  let parent = new Int32Array(0);
  let pick = new Uint8Array(0);
  for (const task of tasks) {
    const k = task.costs.length;
    const size = costs.length;
    const capacity = size * k;
    if (nextCosts.length < capacity) {
      nextCosts = new Float64Array(capacity);
      nextTenths = new Float64Array(capacity);
      parent = new Int32Array(capacity);
      pick = new Uint8Array(capacity);
    }
    const cursor = new Array<number>(k).fill(0);
    let count = 0;
    for (;;) {
      // The next candidate in (displacement, cost) order across the k shifted copies.
      let best = -1;
      for (let j = 0; j < k; j++) {
        if (cursor[j] === size) continue;
        if (best < 0) {
          best = j;
          continue;
        }
        const dj = tenths[cursor[j]] + task.tenths[j];
        const db = tenths[cursor[best]] + task.tenths[best];
        if (
          dj < db ||
          (dj === db && costs[cursor[j]] + task.costs[j] < costs[cursor[best]] + task.costs[best])
        )
          best = j;
      }
      if (best < 0) break;
      const from = cursor[best]++;
      const cost = costs[from] + task.costs[best];
      if (count > 0 && cost >= nextCosts[count - 1]) continue;
      nextCosts[count] = cost;
      nextTenths[count] = tenths[from] + task.tenths[best];
      parent[count] = from;
      pick[count] = best;
      if (++count > limits.maxPoints) return undefined;
    }
    stored += count;
    if (stored > limits.maxStored) return undefined;
    costs = nextCosts.slice(0, count);
    tenths = nextTenths.slice(0, count);
    parents.push(parent.slice(0, count));
    picks.push(pick.slice(0, count));
  }
  return { costs, tenths, parents, picks, choicesAt: exactChoicesAt(parents, picks) };
}

/** Each point's choices, walked back through the merge's back-pointers (one array per task). */
export function exactChoicesAt(
  parents: readonly Int32Array[],
  picks: readonly Uint8Array[],
): (index: number) => number[] {
  return (index) => {
    const choice = new Array<number>(picks.length);
    for (let t = picks.length - 1; t >= 0; t--) {
      choice[t] = picks[t][index];
      index = parents[t][index];
    }
    return choice;
  };
}
