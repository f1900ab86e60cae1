import { AnalyticsInputError } from '../errors';
import { money, type Money } from '../money/money';

/**
 * Splits `total` over lines in proportion to their weights, in whole minor units that add up to
 * it exactly: each line gets the floor of its share, and the minor units left over go one each to
 * the largest remainders (ties to the earlier line). With no weight at all it splits evenly.
 * The cost report spreads the VFX budget over task types by their bids this way.
 */
export function allocateByWeight(total: Money, weights: readonly bigint[]): Money[] {
  if (weights.some((w) => w < 0n))
    throw new AnalyticsInputError('weights', 'A weight to share by cannot be below zero.');
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, w) => a + w, 0n);
  const w = sum === 0n ? weights.map(() => 1n) : weights;
  const of = sum === 0n ? BigInt(weights.length) : sum;
  const sign = total.amountMinor < 0n ? -1n : 1n;
  const amount = total.amountMinor * sign;
  const shares = w.map((x) => (amount * x) / of);
  const remainders = w.map((x, i) => ({ i, r: (amount * x) % of }));
  let left = amount - shares.reduce((a, s) => a + s, 0n);
  for (const { i } of remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))) {
    if (left === 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares.map((s) => money(s * sign, total.currency));
}
