import { threePointHours, type ThreePointInput } from '../bids/three-point';
import { AnalyticsInputError } from '../errors';
import { toNumber } from '../exact/ratio';
import { formatQuantity } from '../money/format';
import { sumMoney, type Money } from '../money/money';
import { displayRate, type HourlyRate } from '../rates/hourly-rate';
import type { Working } from '../working';
import { PERT_TABLE_SIZE, pertQuantiles, triangularQuantile } from './distributions';
import { floatToMoney } from './float-money';
import { xoshiro128ss } from './prng';

export type RiskMethod = 'PERT' | 'TRIANGULAR';

export interface RiskTask {
  taskId: string;
  /** Three-point hours for the task on its chosen path. */
  hours: ThreePointInput;
  /** Loaded rate for those hours. */
  rate: HourlyRate;
  /** Cost with no spread, such as compute and licence fees. */
  fixedCost?: Money;
}

export interface RiskInput {
  tasks: readonly RiskTask[];
  currency: string;
  budget?: Money;
  method?: RiskMethod;
  /** Default 10,000. */
  draws?: number;
  /** Any 32-bit integer; the same seed gives the same answer. Default 1. */
  seed?: number;
  /** Histogram bins for the dashboard. Default 20. */
  bins?: number;
}

export interface HistogramBin {
  from: Money;
  /** Exclusive, except for the last bin, which includes the maximum. */
  to: Money;
  count: number;
}

export interface RiskResult {
  method: RiskMethod;
  draws: number;
  seed: number;
  mean: Money;
  p10: Money;
  p50: Money;
  p80: Money;
  p90: Money;
  /** Share of draws whose total cost is at or under the budget; null with no budget. */
  probabilityWithinBudget: number | null;
  histogram: HistogramBin[];
  working: Working;
}

/** A task prepared for the hot loop: cost at optimistic, and the optimistic-pessimistic spread, in float minor units. */
interface Spread {
  low: number;
  span: number;
  mode: number;
}

function positiveInteger(value: number, field: string, most: number): number {
  if (!Number.isInteger(value) || value < 1 || value > most) {
    throw new AnalyticsInputError(field, `${value} must be a whole number from 1 to ${most}.`);
  }
  return value;
}

/** Adds one task's draws into `totals`; `uniforms` holds one fresh uniform number per draw, `table` is scratch space. */
function drawTask(
  totals: Float64Array,
  uniforms: Float64Array,
  s: Spread,
  method: RiskMethod,
  table: Float64Array,
): void {
  const n = totals.length;
  if (method === 'TRIANGULAR') {
    for (let d = 0; d < n; d++) totals[d] += s.low + s.span * triangularQuantile(uniforms[d], s.mode);
    return;
  }
  pertQuantiles(s.mode, table);
  for (let d = 0; d < n; d++) {
    const position = uniforms[d] * PERT_TABLE_SIZE;
    const k = position | 0;
    const q = table[k] + (table[k + 1] - table[k]) * (position - k);
    totals[d] += s.low + s.span * q;
  }
}

/** Nearest-rank percentile of sorted draws: the smallest draw with at least p of the draws at or below it. */
const percentile = (sorted: Float64Array, p: number): number =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];

function histogram(sorted: Float64Array, bins: number, currency: string): HistogramBin[] {
  const min = sorted[0];
  const width = (sorted[sorted.length - 1] - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const x of sorted) counts[width > 0 ? Math.min(bins - 1, Math.floor((x - min) / width)) : 0]++;
  return counts.map((count, i) => ({
    from: floatToMoney(min + i * width, currency),
    to: floatToMoney(min + (i + 1) * width, currency),
    count,
  }));
}

/**
 * Seeded Monte Carlo of total cost over each task's three-point hours. The simulation runs in
 * float64 minor units on typed arrays (one uniform draw per task per trial, tasks in input order,
 * from one xoshiro128** stream); results convert to integer minor units, half-even, at the end.
 */
export function simulateCost(input: RiskInput): RiskResult {
  const method = input.method ?? 'PERT';
  const draws = positiveInteger(input.draws ?? 10_000, 'draws', 10_000_000);
  const bins = positiveInteger(input.bins ?? 20, 'bins', 1_000);
  const seed = input.seed ?? 1;
  if (!Number.isInteger(seed)) throw new AnalyticsInputError('seed', `Seed ${seed} must be a whole number.`);
  const currency = input.currency;
  const fixed = sumMoney(
    input.tasks.flatMap((t) => (t.fixedCost ? [t.fixedCost] : [])),
    currency,
    'tasks.fixedCost',
  );

  const totals = new Float64Array(draws).fill(Number(fixed.amountMinor));
  const prng = xoshiro128ss(seed);
  const uniforms = new Float64Array(draws);
  const table = new Float64Array(PERT_TABLE_SIZE + 1);
  const working: Working = {
    lines: [],
    note: `${method} over each task's three-point hours, ${draws} draws, seed ${seed}; percentiles are nearest-rank; amounts are simulated in float and rounded half-even to minor units.`,
  };
  input.tasks.forEach((t, i) => {
    if (t.rate.currency !== currency) {
      throw new AnalyticsInputError(
        `tasks[${i}].rate`,
        `Task ${t.taskId} is priced in ${t.rate.currency}; convert it to ${currency} first.`,
      );
    }
    const hours = threePointHours(t.hours, `tasks[${i}].hours`);
    const perHour = toNumber(t.rate.minorPerHour);
    const [o, m, p] = [hours.optimistic, hours.mostLikely, hours.pessimistic].map(toNumber);
    working.lines.push({
      label: `${t.taskId}: ${[o, m, p].map((h) => formatQuantity(h, 2)).join(' / ')} h`,
      quantity: m,
      unit: 'h (most likely)',
      rate: displayRate(t.rate),
      refs: [t.taskId],
    });
    if (p === o) {
      for (let d = 0; d < draws; d++) totals[d] += o * perHour;
      return;
    }
    prng.fill(uniforms);
    drawTask(
      totals,
      uniforms,
      { low: o * perHour, span: (p - o) * perHour, mode: (m - o) / (p - o) },
      method,
      table,
    );
  });

  let sum = 0;
  for (const x of totals) sum += x;
  const sorted = totals.sort();
  const budget = input.budget;
  let withinBudget: number | null = null;
  if (budget) {
    if (budget.currency !== currency)
      throw new AnalyticsInputError('budget', `The budget is in ${budget.currency}; give it in ${currency}.`);
    const limit = Number(budget.amountMinor);
    let count = 0;
    while (count < draws && sorted[count] <= limit) count++;
    withinBudget = count / draws;
  }
  return {
    method,
    draws,
    seed,
    mean: floatToMoney(sum / draws, currency),
    p10: floatToMoney(percentile(sorted, 0.1), currency),
    p50: floatToMoney(percentile(sorted, 0.5), currency),
    p80: floatToMoney(percentile(sorted, 0.8), currency),
    p90: floatToMoney(percentile(sorted, 0.9), currency),
    probabilityWithinBudget: withinBudget,
    histogram: histogram(sorted, bins, currency),
    working,
  };
}
