import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, compare, div, makeRatio, type Ratio } from '../exact/ratio';

/**
 * S = B / (M + H): baseline hours over machine hours plus every human hour logged. A "10x" claim
 * is S = 10. Null when nothing has been spent yet (no machine and no human time).
 */
export function speedUp(baselineHours: Quantity, machineHours: Quantity, humanHours: Quantity): Ratio | null {
  const spent = add(
    toNonNegativeRatio(machineHours, 'machineHours'),
    toNonNegativeRatio(humanHours, 'humanHours'),
  );
  return spent.num === 0n ? null : div(toNonNegativeRatio(baselineHours, 'baselineHours'), spent);
}

/** The median, exactly: the middle value, or the mean of the two middle values. Null for none. */
export function median(values: readonly Ratio[]): Ratio | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort(compare);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : div(add(sorted[mid - 1], sorted[mid]), makeRatio(2n));
}
