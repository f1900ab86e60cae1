import { subtractMoney, zeroMoney, type Money } from '../money/money';

/**
 * A task's estimate to complete (ETC): nothing once it is complete; else what is left of its
 * planned cost after what is already spent, never below zero. The cost report, feasibility, risk
 * and the frontier all take it from here, so their EFC (actual to date + ETC) is one figure.
 */
export function estimateToComplete(planned: Money, actual: Money, complete: boolean): Money {
  if (complete) return zeroMoney(actual.currency);
  const left = subtractMoney(planned, actual, 'plannedCost');
  return left.amountMinor > 0n ? left : zeroMoney(actual.currency);
}
