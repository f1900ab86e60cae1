import { toRatio, type Quantity } from './parse';
import { add, ZERO, type Ratio } from './ratio';

/** The exact sum of quantities (hours from many groups, each a fraction), for reports that add before they price. */
export function sumQuantities(values: Iterable<Quantity>, field = 'values'): Ratio {
  let total = ZERO;
  for (const v of values) total = add(total, toRatio(v, field));
  return total;
}
