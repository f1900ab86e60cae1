import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { max, sub, ZERO, type Ratio } from '../exact/ratio';

/**
 * Hours an AI task displaced from its baseline role (docs/design.md, "The numbers"):
 * D = max(0, B - K), with B the baseline hours B(t) and K the role's craft hours logged on it
 * (ARTIST + REWORK + SUPERVISION). An AI task that took more craft than its bid displaced nothing.
 */
export const displacedHours = (baselineHours: Quantity, craftHours: Quantity): Ratio =>
  max(
    ZERO,
    sub(toNonNegativeRatio(baselineHours, 'baselineHours'), toNonNegativeRatio(craftHours, 'craftHours')),
  );
