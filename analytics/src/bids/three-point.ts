import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, compare, div, makeRatio, mul, type Ratio } from '../exact/ratio';

/** A three-point estimate as given by a planner. */
export interface ThreePointInput {
  optimistic: Quantity;
  mostLikely: Quantity;
  pessimistic: Quantity;
}

/** A three-point estimate of hours, exact. */
export interface ThreePointHours {
  optimistic: Ratio;
  mostLikely: Ratio;
  pessimistic: Ratio;
}

/**
 * Reads and checks a three-point estimate. Hours rise from optimistic to pessimistic; a rate of
 * work (frames per day) falls, so per-frame templates read with `order` 'FALLING'.
 */
export function threePointHours(
  input: ThreePointInput,
  field: string,
  order: 'RISING' | 'FALLING' = 'RISING',
): ThreePointHours {
  const estimate = {
    optimistic: toNonNegativeRatio(input.optimistic, `${field}.optimistic`),
    mostLikely: toNonNegativeRatio(input.mostLikely, `${field}.mostLikely`),
    pessimistic: toNonNegativeRatio(input.pessimistic, `${field}.pessimistic`),
  };
  const sign = order === 'RISING' ? 1 : -1;
  if (
    sign * compare(estimate.optimistic, estimate.mostLikely) > 0 ||
    sign * compare(estimate.mostLikely, estimate.pessimistic) > 0
  ) {
    throw new AnalyticsInputError(
      field,
      order === 'RISING'
        ? 'A three-point estimate needs optimistic <= most likely <= pessimistic hours.'
        : 'Frames per day need optimistic >= most likely >= pessimistic (the optimistic artist is fastest).',
    );
  }
  return estimate;
}

/** Mean hours: PERT (O + 4M + P) / 6, or triangular (O + M + P) / 3. */
export function expectedHours(e: ThreePointHours, method: 'PERT' | 'TRIANGULAR' = 'PERT'): Ratio {
  return method === 'PERT'
    ? div(add(add(e.optimistic, mul(makeRatio(4n), e.mostLikely)), e.pessimistic), makeRatio(6n))
    : div(add(add(e.optimistic, e.mostLikely), e.pessimistic), makeRatio(3n));
}
