import { money } from '../money/money';
import { thinFrontierPoints } from './thin';
import type { FrontierPoint } from './types';

// 18,000 plans on a convex curve: cost 1,000.00 to 1,179.99 in steps of 0.01, displacement
// falling from 8,000 h as 8,000 x (1 - t)^2, like the demo's largest frontier.
const n = 18_000;
const curve: FrontierPoint[] = Array.from({ length: n }, (_, i) => ({
  cost: money(100_000 + i, 'USD'),
  displacedHours: Math.round(8_000 * (1 - i / (n - 1)) ** 2 * 10) / 10,
}));

/** How far, as a share of the hours range, the kept points' polyline is from the worst full point. */
function worstGap(points: readonly FrontierPoint[], kept: readonly number[]): number {
  let worst = 0;
  for (let k = 1; k < kept.length; k++) {
    const [a, b] = [kept[k - 1], kept[k]];
    for (let i = a + 1; i < b; i++) {
      const along = (i - a) / (b - a);
      const line = points[a].displacedHours + along * (points[b].displacedHours - points[a].displacedHours);
      worst = Math.max(worst, Math.abs(line - points[i].displacedHours) / 8_000);
    }
  }
  return worst;
}

describe('thinFrontierPoints', () => {
  it('keeps 300 of 18,000 points, both extremes, within 0.1% of the curve everywhere', () => {
    const kept = thinFrontierPoints(curve, { maxPoints: 300 });
    expect(kept).toHaveLength(300);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(n - 1);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    expect(worstGap(curve, kept)).toBeLessThan(0.001);
  });

  it('always keeps the budget crossing (last point within, first above) and the points asked for', () => {
    // 1,090.00 is point 9,000; the first above it is 9,001.
    const kept = thinFrontierPoints(curve, {
      maxPoints: 300,
      budget: money(109_000, 'USD'),
      keep: [12_345, 17],
    });
    expect(kept).toEqual(expect.arrayContaining([0, 17, 9_000, 9_001, 12_345, n - 1]));
    expect(kept).toHaveLength(300);
  });

  it('returns a frontier of 300 points or fewer whole', () => {
    const small = curve.slice(0, 300);
    expect(thinFrontierPoints(small, { maxPoints: 300 })).toEqual(small.map((_, i) => i));
  });

  it('stops early when the rest lie on the kept lines: a straight frontier keeps its two ends', () => {
    const line = Array.from({ length: 1_000 }, (_, i) => ({
      cost: money(i * 10, 'USD'),
      displacedHours: 1_000 - i,
    }));
    expect(thinFrontierPoints(line, { maxPoints: 300 })).toEqual([0, 999]);
  });
});
