import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { compare, makeRatio, mul, toNumber } from '../exact/ratio';
import { formatMoney, formatQuantity } from '../money/format';
import { money, type Money } from '../money/money';
import type { Working } from '../working';
import type { Frontier, FrontierPoint, TaskChoice } from './types';

export interface ChosenPlan {
  status: 'OK';
  point: FrontierPoint;
  choices: TaskChoice[];
  /** True when no plan can do better under this query (always true on an exact frontier). */
  exact: boolean;
  /** Upper bound on how many hours the best plan within the budget displaces less than this one. */
  gapHours: number;
  /** Upper bound on how much cheaper the best plan under the cap is than this one. */
  gapCost: Money;
  working: Working;
}

export interface NoPlan {
  status: 'INFEASIBLE';
  /** A sentence for the planner. */
  message: string;
  /** The plan nearest to the limit: the cheapest, or the least displacing. */
  closest: FrontierPoint;
}

function chosen(
  frontier: Frontier,
  index: number,
  gapTenths: number,
  gapCost: number,
  why: string,
): ChosenPlan {
  const point = frontier.points[index];
  const choices = frontier.choicesAt(index);
  return {
    status: 'OK',
    point,
    choices,
    exact: gapTenths <= 0 && gapCost <= 0,
    gapHours: Math.max(0, gapTenths) / 10,
    gapCost: money(Math.max(0, Math.ceil(gapCost)), frontier.currency),
    working: {
      lines: choices.map((c) => ({
        label: `${c.taskId}: ${c.path}`,
        quantity: c.displacedHours,
        unit: 'h displaced',
        amount: c.cost,
        refs: [c.taskId],
      })),
      note: why,
    },
  };
}

const tenths = (p: FrontierPoint): number => Math.round(p.displacedHours * 10);

/**
 * The plan that displaces the fewest hours without going over the budget. On a hull frontier the
 * gap is measured against the linear bound between this point and the next dearer one.
 */
export function leastDisplacementWithinBudget(frontier: Frontier, budget: Money): ChosenPlan | NoPlan {
  const points = frontier.points;
  if (budget.currency !== frontier.currency) {
    throw new AnalyticsInputError(
      'budget',
      `The budget is in ${budget.currency} but the plan is priced in ${frontier.currency}; convert it first.`,
    );
  }
  const limit = Number(budget.amountMinor);
  if (Number(points[0].cost.amountMinor) > limit) {
    return {
      status: 'INFEASIBLE',
      message: `No plan fits a budget of ${formatMoney(budget)}; the cheapest costs ${formatMoney(points[0].cost)}.`,
      closest: points[0],
    };
  }
  // Costs rise along the frontier: find the last point within budget.
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (Number(points[mid].cost.amountMinor) <= limit) lo = mid;
    else hi = mid - 1;
  }
  let gap = 0;
  if (!frontier.exact && lo < points.length - 1) {
    const [a, b] = [points[lo], points[lo + 1]];
    const [ca, cb] = [Number(a.cost.amountMinor), Number(b.cost.amountMinor)];
    gap = ((tenths(a) - tenths(b)) * (limit - ca)) / (cb - ca);
  }
  return chosen(frontier, lo, gap, 0, `The least displacing plan costing at most ${formatMoney(budget)}.`);
}

/** The cheapest plan that displaces no more than `capHours`. */
export function cheapestWithinDisplacementCap(frontier: Frontier, capHours: Quantity): ChosenPlan | NoPlan {
  const points = frontier.points;
  const cap = toNonNegativeRatio(capHours, 'capHours');
  const capTenths = mul(cap, makeRatio(10n));
  const within = (p: FrontierPoint): boolean => compare(makeRatio(BigInt(tenths(p))), capTenths) <= 0;
  const last = points[points.length - 1];
  if (!within(last)) {
    return {
      status: 'INFEASIBLE',
      message: `Every plan displaces more than ${formatQuantity(toNumber(cap))} h; the least displacing displaces ${formatQuantity(last.displacedHours)} h.`,
      closest: last,
    };
  }
  // Displacement falls along the frontier: find the first point under the cap.
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (within(points[mid])) hi = mid;
    else lo = mid + 1;
  }
  let gap = 0;
  if (!frontier.exact && lo > 0) {
    const [a, b] = [points[lo - 1], points[lo]];
    const [ca, cb] = [Number(a.cost.amountMinor), Number(b.cost.amountMinor)];
    const capValue = Number(capTenths.num) / Number(capTenths.den);
    gap = cb - (ca + ((cb - ca) * (tenths(a) - capValue)) / (tenths(a) - tenths(b)));
  }
  return chosen(
    frontier,
    lo,
    0,
    gap,
    `The cheapest plan displacing at most ${formatQuantity(toNumber(cap))} h.`,
  );
}
