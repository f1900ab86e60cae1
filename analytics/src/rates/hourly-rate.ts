import { makeRatio, mul, roundHalfEven, toNumber, type Ratio } from '../exact/ratio';
import type { Money } from '../money/money';
import type { WorkingLine } from '../working';

/**
 * A price per hour kept exact: loaded rates carry fractions of a minor unit (45.33 x 1.175 =
 * 53.26275), which must not be rounded before they are multiplied by hours.
 */
export interface HourlyRate {
  readonly currency: string;
  readonly minorPerHour: Ratio;
}

export const hourlyRate = (perHour: Money): HourlyRate => ({
  currency: perHour.currency,
  minorPerHour: makeRatio(perHour.amountMinor),
});

/** The rate rounded half-even to a minor unit, for display. */
export const displayRate = (rate: HourlyRate): Money => ({
  amountMinor: roundHalfEven(rate.minorPerHour),
  currency: rate.currency,
});

/**
 * Hours x rate: the one place a priced quantity is rounded (half-even, to a minor unit). Report
 * totals are exact sums of these lines, so every total equals the sum of its working.
 */
export const priceHours = (hours: Ratio, rate: HourlyRate): Money => ({
  amountMinor: roundHalfEven(mul(hours, rate.minorPerHour)),
  currency: rate.currency,
});

/** Prices hours and returns the working line that shows it. */
export function pricedLine(label: string, hours: Ratio, rate: HourlyRate, refs?: string[]): WorkingLine {
  return {
    label,
    quantity: toNumber(hours),
    unit: 'h',
    rate: displayRate(rate),
    amount: priceHours(hours, rate),
    ...(refs ? { refs } : {}),
  };
}
