import type { Money } from '../money/money';

/**
 * A simulated float amount of minor units back to Money, half-even like the rest of the library.
 * Float64 holds whole minor units exactly up to 2^53 (90 trillion dollars in cents), so the only
 * loss is the simulation's own float rounding, far below one minor unit for any production budget.
 */
export function floatToMoney(minor: number, currency: string): Money {
  const floor = Math.floor(minor);
  const fraction = minor - floor;
  const rounded = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  return { amountMinor: BigInt(rounded), currency };
}
