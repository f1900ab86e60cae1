import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import {
  add,
  compare,
  makeRatio,
  max,
  mul,
  roundHalfEven,
  sub,
  toNumber,
  ZERO,
  type Ratio,
} from '../exact/ratio';
import { money, type Money } from '../money/money';
import type { Working, WorkingLine } from '../working';

/** What a vendor bills by: seconds of footage, plan credits, LLM tokens, GPU hours, or a flat amount per job. */
export type VendorUnit = 'SECOND_OF_FOOTAGE' | 'CREDIT' | 'TOKEN' | 'GPU_HOUR' | 'FLAT';
export const VENDOR_UNITS: readonly VendorUnit[] = [
  'SECOND_OF_FOOTAGE',
  'CREDIT',
  'TOKEN',
  'GPU_HOUR',
  'FLAT',
];

/**
 * A run priced in money per unit: usage x price per unit (an exact decimal of minor units, since
 * tokens cost fractions of a cent), rounded half-even once, at the run's total.
 */
export function priceUsage(usage: Quantity, pricePerUnitMinor: Quantity, currency: string): Money {
  const exact = mul(
    toNonNegativeRatio(usage, 'usage.quantity'),
    toNonNegativeRatio(pricePerUnitMinor, 'price.pricePerUnitMinor'),
  );
  return money(roundHalfEven(exact), currency);
}

/** Credits a run draws from its plan: usage x credits per unit, exact (12 s x 20 credits a second = 240). */
export const creditsFor = (usage: Quantity, creditsPerUnit: Quantity): Ratio =>
  mul(
    toNonNegativeRatio(usage, 'usage.quantity'),
    toNonNegativeRatio(creditsPerUnit, 'price.creditsPerUnit'),
  );

/** A monthly plan: a fee that includes an allowance of credits, and a price for each credit over it. */
export interface CreditPlan {
  currency: string;
  monthlyFeeMinor: Quantity;
  monthlyCredits: Quantity;
  /** Minor units per credit over the allowance, an exact decimal. */
  overagePerCreditMinor: Quantity;
}

export interface PlanMonth {
  credits: Ratio;
  overageCredits: Ratio;
  overage: Money;
  /** The plan fee plus the overage: what the vendor bills for the month. */
  total: Money;
}

/** A month's bill on a plan: fee + max(0, credits used - allowance) x overage price, the overage rounded half-even once. */
export function planMonthCost(plan: CreditPlan, creditsUsed: Quantity): PlanMonth {
  const credits = toNonNegativeRatio(creditsUsed, 'credits');
  const overageCredits = max(
    ZERO,
    sub(credits, toNonNegativeRatio(plan.monthlyCredits, 'plan.monthlyCredits')),
  );
  const overage = money(
    roundHalfEven(
      mul(overageCredits, toNonNegativeRatio(plan.overagePerCreditMinor, 'plan.overagePerCreditMinor')),
    ),
    plan.currency,
  );
  const fee = toNonNegativeRatio(plan.monthlyFeeMinor, 'plan.monthlyFeeMinor');
  if (fee.den !== 1n)
    throw new AnalyticsInputError('plan.monthlyFeeMinor', 'Give the monthly fee in whole minor units.');
  return { credits, overageCredits, overage, total: money(fee.num + overage.amountMinor, plan.currency) };
}

export interface PlanRun {
  id: string;
  credits: Quantity;
}

export interface PlanSpread {
  month: PlanMonth;
  /** Each run's share, in the order given; the shares add up to month.total exactly. */
  shares: Array<{ id: string; cost: Money }>;
  working: Working;
}

/**
 * Spreads a month's plan bill over that month's runs in proportion to the credits each used
 * (docs/reports.md, "Vendor plans"): every run gets the floor of its exact share, and the minor
 * units left over go one each to the runs with the largest fractions, ties to the earlier run in
 * the order given (callers pass finish time, then id). A month whose runs used no credits splits
 * the fee evenly the same way. No runs: nothing to spread.
 */
export function spreadPlanMonth(plan: CreditPlan, runs: readonly PlanRun[]): PlanSpread {
  const credits = runs.map((r, i) => toNonNegativeRatio(r.credits, `runs[${i}].credits`));
  const used = credits.reduce(add, ZERO);
  const month = planMonthCost(plan, used);
  const total = month.total.amountMinor;
  const weights = used.num === 0n ? credits.map(() => makeRatio(1n)) : credits;
  const weightSum = weights.reduce(add, ZERO);
  const exact = weights.map((w) =>
    weightSum.num === 0n ? ZERO : mul(makeRatio(total), mul(w, makeRatio(weightSum.den, weightSum.num))),
  );
  const floors = exact.map((e) => e.num / e.den);
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const byFraction = exact
    .map((e, i) => ({ i, fraction: sub(e, makeRatio(floors[i])) }))
    .sort((a, b) => compare(b.fraction, a.fraction) || a.i - b.i);
  for (const { i } of byFraction) {
    if (left <= 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  const shares = runs.map((r, i) => ({ id: r.id, cost: money(floors[i], plan.currency) }));
  const lines: WorkingLine[] = shares.map((s, i) => ({
    label: `run ${s.id}: ${toNumber(credits[i])} of ${toNumber(used)} credits`,
    quantity: toNumber(credits[i]),
    unit: 'credits',
    amount: s.cost,
    refs: [s.id],
  }));
  return {
    month,
    shares,
    working: {
      lines,
      note: `Month = plan fee ${String(plan.monthlyFeeMinor)} + ${toNumber(month.overageCredits)} credits over the ${String(plan.monthlyCredits)}-credit allowance x ${String(plan.overagePerCreditMinor)} (minor units) = ${total}, spread by credits used; leftover minor units go to the largest fractions, ties to the earlier run.`,
    },
  };
}
