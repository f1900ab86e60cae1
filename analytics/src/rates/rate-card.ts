import { AnalyticsInputError } from '../errors';
import { toNonNegativeRatio, type Quantity } from '../exact/parse';
import { add, makeRatio, mul, type Ratio } from '../exact/ratio';
import type { Money } from '../money/money';
import type { HourlyRate } from './hourly-rate';

/** One role's line on a rate card. */
export interface RateCardLine {
  role: string;
  hourlyRate: Money;
  /** Percentage fringe on top of the rate (payroll taxes, holiday), e.g. "20" for 20%. Default 0. */
  fringePercent?: Quantity;
  /** Flat fringe per hour (pension and health contributions). Default none. */
  flatFringePerHour?: Money;
}

export interface RateCard {
  name: string;
  currency: string;
  /** Working hours in a bid day; per-frame bids convert frames per day into hours with it. Default 8. */
  hoursPerDay?: Quantity;
  /** Hours one full-time employee works a year; the FTE divisor. Default 2080 (52 x 40). */
  standardFteHoursPerYear?: Quantity;
  lines: RateCardLine[];
}

export const DEFAULT_HOURS_PER_DAY = 8;
export const DEFAULT_FTE_HOURS_PER_YEAR = 2080;

export const hoursPerDay = (card: RateCard): Ratio =>
  toNonNegativeRatio(card.hoursPerDay ?? DEFAULT_HOURS_PER_DAY, 'rateCard.hoursPerDay');

export const fteHoursPerYear = (card: RateCard): Ratio =>
  toNonNegativeRatio(
    card.standardFteHoursPerYear ?? DEFAULT_FTE_HOURS_PER_YEAR,
    'rateCard.standardFteHoursPerYear',
  );

/** Loaded rate = rate x (1 + percent fringe) + flat fringe per hour, kept exact. */
export function loadedRate(line: RateCardLine, field = 'rateCard.lines'): HourlyRate {
  const currency = line.hourlyRate.currency;
  const percent = toNonNegativeRatio(line.fringePercent ?? 0, `${field}.fringePercent`);
  const flat = line.flatFringePerHour ?? { amountMinor: 0n, currency };
  if (flat.currency !== currency) {
    throw new AnalyticsInputError(
      `${field}.flatFringePerHour`,
      `The flat fringe for ${line.role} is in ${flat.currency} but its rate is in ${currency}; use one currency per line.`,
    );
  }
  const multiplier = add(makeRatio(1n), mul(percent, makeRatio(1n, 100n)));
  return {
    currency,
    minorPerHour: add(mul(makeRatio(line.hourlyRate.amountMinor), multiplier), makeRatio(flat.amountMinor)),
  };
}

/** Whether the card has a line for the role: hours of a role without one cannot be priced. */
export const hasRateFor = (card: RateCard, role: string): boolean => card.lines.some((l) => l.role === role);

/** The loaded rate for a role; a role missing from the card is a user error, not a zero rate. */
export function rateFor(card: RateCard, role: string): HourlyRate {
  const index = card.lines.findIndex((l) => l.role === role);
  if (index < 0) {
    throw new AnalyticsInputError(
      'rateCard.lines',
      `Rate card "${card.name}" has no line for role ${role}; add one before pricing its hours.`,
    );
  }
  const line = card.lines[index];
  if (line.hourlyRate.currency !== card.currency) {
    throw new AnalyticsInputError(
      `rateCard.lines[${index}].hourlyRate`,
      `The ${role} rate is in ${line.hourlyRate.currency} but rate card "${card.name}" is in ${card.currency}.`,
    );
  }
  return loadedRate(line, `rateCard.lines[${index}]`);
}
