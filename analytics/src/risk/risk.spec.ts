import { money } from '../money/money';
import { hourlyRate } from '../rates/hourly-rate';
import { pertQuantiles, PERT_TABLE_SIZE, triangularQuantile } from './distributions';
import { simulateCost, type RiskTask } from './monte-carlo';
import { xoshiro128ss } from './prng';

const rate = hourlyRate(money(5900, 'USD')); // 59.00 an hour
const task = (id: string, o: number, m: number, p: number): RiskTask => ({
  taskId: id,
  hours: { optimistic: o, mostLikely: m, pessimistic: p },
  rate,
});
const tasks = Array.from({ length: 50 }, (_, i) => task(`T${i}`, 10 + (i % 5), 20 + (i % 7), 40 + (i % 11)));

describe('xoshiro128**', () => {
  it('repeats for a seed, differs across seeds, and fill() matches next()', () => {
    const a = xoshiro128ss(42);
    const b = xoshiro128ss(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(xoshiro128ss(43).next()).not.toBe(first[0]);
    const filled = new Float64Array(5);
    xoshiro128ss(42).fill(filled);
    expect([...filled]).toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
  });
});

describe('three-point shapes', () => {
  it('triangular quantiles put the mode at its own CDF value', () => {
    expect(triangularQuantile(0.25, 0.25)).toBeCloseTo(0.25, 12);
    expect(triangularQuantile(0, 0.3)).toBe(0);
    expect(triangularQuantile(1, 0.3)).toBe(1);
  });

  it('PERT tables run 0 to 1, rise, and are symmetric for a centred mode', () => {
    const t = pertQuantiles(0.5);
    expect(t[0]).toBe(0);
    expect(t[PERT_TABLE_SIZE]).toBe(1);
    expect(t[PERT_TABLE_SIZE / 2]).toBeCloseTo(0.5, 6);
    for (let i = 1; i <= PERT_TABLE_SIZE; i++) expect(t[i]).toBeGreaterThanOrEqual(t[i - 1]);
  });
});

describe('simulateCost', () => {
  it('gives the same answer for the same seed', () => {
    expect(simulateCost({ tasks, currency: 'USD', seed: 7 })).toEqual(
      simulateCost({ tasks, currency: 'USD', seed: 7 }),
    );
    expect(simulateCost({ tasks, currency: 'USD', seed: 8 }).p50).not.toEqual(
      simulateCost({ tasks, currency: 'USD', seed: 7 }).p50,
    );
  });

  it('is exact for a certain task: 10 h x 59.00 + 12.00 compute = 602.00 in every draw', () => {
    const result = simulateCost({
      tasks: [{ ...task('fixed', 10, 10, 10), fixedCost: money(1200, 'USD') }],
      currency: 'USD',
      draws: 100,
    });
    expect([result.p10, result.p50, result.p90, result.mean]).toEqual(Array(4).fill(money(60_200, 'USD')));
    expect(result.histogram[0].count).toBe(100);
  });

  it.each(['PERT', 'TRIANGULAR'] as const)(
    '%s: percentiles rise, the mean matches the formula, the histogram holds every draw',
    (method) => {
      const meanHours = tasks.reduce((s, t) => {
        const [o, m, p] = [t.hours.optimistic, t.hours.mostLikely, t.hours.pessimistic].map(Number);
        return s + (method === 'PERT' ? (o + 4 * m + p) / 6 : (o + m + p) / 3);
      }, 0);
      const expectedMean = meanHours * 5900;
      const result = simulateCost({
        tasks,
        currency: 'USD',
        method,
        budget: money(Math.round(expectedMean), 'USD'),
      });
      const [p10, p50, p80, p90] = [result.p10, result.p50, result.p80, result.p90].map((m) => m.amountMinor);
      expect(p10 < p50 && p50 < p80 && p80 < p90).toBe(true);
      // 10,000 draws of a sum of 50 tasks: the sample mean is well within 0.5% of the true mean.
      expect(Number(result.mean.amountMinor) / expectedMean).toBeCloseTo(1, 2);
      expect(result.histogram).toHaveLength(20);
      expect(result.histogram.reduce((s, b) => s + b.count, 0)).toBe(10_000);
      // A sum of many skewed tasks is nearly symmetric: about half the draws come in under its mean.
      expect(result.probabilityWithinBudget).toBeGreaterThan(0.4);
      expect(result.probabilityWithinBudget).toBeLessThan(0.6);
    },
  );

  it('answers P(cost <= budget) at the extremes', () => {
    expect(simulateCost({ tasks, currency: 'USD', budget: money(1, 'USD') }).probabilityWithinBudget).toBe(0);
    expect(
      simulateCost({ tasks, currency: 'USD', budget: money(100_000_000, 'USD') }).probabilityWithinBudget,
    ).toBe(1);
    expect(simulateCost({ tasks, currency: 'USD' }).probabilityWithinBudget).toBeNull();
  });

  it('refuses mixed currencies and silly draw counts', () => {
    expect(() => simulateCost({ tasks, currency: 'EUR' })).toThrow(
      'Task T0 is priced in USD; convert it to EUR first.',
    );
    expect(() => simulateCost({ tasks, currency: 'USD', draws: 0 })).toThrow(/1 to 10000000/);
  });
});
