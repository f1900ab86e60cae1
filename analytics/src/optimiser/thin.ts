import type { Money } from '../money/money';
import type { FrontierPoint } from './types';

export interface ThinOptions {
  /** Most points to keep (the ones below always are, even past it). */
  maxPoints: number;
  /** The plan may cost this much: the last point within it and the first above it are kept. */
  budget?: Money;
  /** Indexes always kept, e.g. the current plan and the queries' answers. */
  keep?: readonly number[];
}

/**
 * The indexes, ascending, of at most `maxPoints` frontier points (cheapest first) that keep its
 * shape: both extremes, the budget crossing and the `keep` indexes always, then, one at a time, the
 * point farthest from the line between the kept points either side of it (cost and displaced hours
 * each scaled to their range), until `maxPoints` are kept or every point left lies on those lines.
 * A planner clicks a few hundred points, not 18,000, and the curve looks the same.
 */
export function thinFrontierPoints(points: readonly FrontierPoint[], options: ThinOptions): number[] {
  const n = points.length;
  if (n <= options.maxPoints) return points.map((_, i) => i);
  const x = points.map((p) => Number(p.cost.amountMinor));
  const y = points.map((p) => p.displacedHours);
  const spanX = x[n - 1] - x[0] || 1;
  const spanY = Math.max(...y) - Math.min(...y) || 1;
  const kept = new Set([0, n - 1, ...(options.keep ?? []).filter((i) => i >= 0 && i < n)]);
  if (options.budget) {
    const limit = options.budget.amountMinor;
    const within = points.findIndex((p) => p.cost.amountMinor > limit);
    if (within > 0) kept.add(within - 1);
    if (within >= 0) kept.add(within);
  }

  /** The point between a and b farthest from their chord, with its distance. */
  const farthest = (a: number, b: number) => {
    const dx = (x[b] - x[a]) / spanX;
    const dy = (y[b] - y[a]) / spanY;
    const length = Math.hypot(dx, dy) || 1;
    let best = { index: -1, distance: 0 };
    for (let i = a + 1; i < b; i++) {
      const distance = Math.abs(dx * ((y[i] - y[a]) / spanY) - dy * ((x[i] - x[a]) / spanX)) / length;
      if (distance > best.distance) best = { index: i, distance };
    }
    return { a, b, ...best };
  };
  const sorted = [...kept].sort((p, q) => p - q);
  const segments = sorted.slice(1).map((b, i) => farthest(sorted[i], b));
  while (kept.size < options.maxPoints) {
    let at = -1;
    for (let s = 0; s < segments.length; s++)
      if (segments[s].index >= 0 && (at < 0 || segments[s].distance > segments[at].distance)) at = s;
    if (at < 0) break;
    const { a, b, index } = segments[at];
    kept.add(index);
    segments.splice(at, 1, farthest(a, index), farthest(index, b));
  }
  return [...kept].sort((p, q) => p - q);
}
