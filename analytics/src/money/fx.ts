import { AnalyticsInputError } from '../errors';
import { toRatio, type Quantity } from '../exact/parse';
import { makeRatio, mul, roundHalfEven } from '../exact/ratio';
import { minorUnitExponent } from './currency';
import type { Money } from './money';

/**
 * Exchange rates into one reporting currency, one rate per currency per quarter (the finance
 * team's booked rate for that quarter, not a daily spot rate). A rate is how many major units of
 * the reporting currency one major unit of the foreign currency buys, given as a decimal string
 * ("0.00108" for ARS into USD) so it is never a float.
 */
export interface FxTable {
  reportingCurrency: string;
  /** quarter label (e.g. "2026-Q3") -> currency code -> rate. */
  rates: Readonly<Record<string, Readonly<Record<string, Quantity>>>>;
}

/** Converts money booked in `quarter` into the reporting currency; rounds half-even once. */
export function convertMoney(m: Money, quarter: string, fx: FxTable): Money {
  const to = fx.reportingCurrency;
  if (m.currency === to) return m;
  const field = `fx.rates.${quarter}.${m.currency}`;
  const raw = fx.rates[quarter]?.[m.currency];
  if (raw === undefined) {
    throw new AnalyticsInputError(
      field,
      `No ${m.currency} to ${to} rate for ${quarter}; add one to the FX table.`,
    );
  }
  const rate = toRatio(raw, field);
  if (rate.num <= 0n)
    throw new AnalyticsInputError(field, `The ${m.currency} rate for ${quarter} must be above zero.`);
  // Minor units of one currency to minor units of the other: scale by the exponent difference.
  const shift = minorUnitExponent(to, 'fx.reportingCurrency') - minorUnitExponent(m.currency);
  const scale = shift >= 0 ? makeRatio(10n ** BigInt(shift)) : makeRatio(1n, 10n ** BigInt(-shift));
  return { amountMinor: roundHalfEven(mul(mul(makeRatio(m.amountMinor), rate), scale)), currency: to };
}
