import { AnalyticsInputError } from '../errors';
import { toRatio, type Quantity } from '../exact/parse';
import { makeRatio, mul, roundHalfEven } from '../exact/ratio';
import { minorUnitExponent } from './currency';

/**
 * An amount of money: an integer count of the currency's minor units (cents, centavos; yen are
 * their own minor unit) and an ISO 4217 code. The amount is a bigint, not a JS number: ARS budgets
 * reach billions of centavos and a report sums millions of lines, which passes 2^53 where numbers
 * stop being exact. Serialise with `moneyToJson` (amount as a decimal string).
 */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

/**
 * Builds Money from minor units. Accepts a bigint, a safe integer or an integer string (as
 * PostgreSQL returns bigint columns); validates the currency.
 */
export function money(amountMinor: bigint | number | string, currency: string, field = 'amountMinor'): Money {
  minorUnitExponent(currency, `${field}.currency`);
  if (typeof amountMinor === 'number' && !Number.isSafeInteger(amountMinor)) {
    throw new AnalyticsInputError(
      field,
      `${amountMinor} is not a whole number of minor units; give an integer.`,
    );
  }
  if (typeof amountMinor === 'string' && !/^-?\d+$/.test(amountMinor)) {
    throw new AnalyticsInputError(
      field,
      `"${amountMinor}" is not a whole number of minor units; give an integer.`,
    );
  }
  return { amountMinor: BigInt(amountMinor), currency };
}

export const zeroMoney = (currency: string): Money => money(0n, currency);

/** Money as JSON-safe values: the amount as a decimal string, since JSON has no bigint. */
export const moneyToJson = (m: Money): { amountMinor: string; currency: string } => ({
  amountMinor: m.amountMinor.toString(),
  currency: m.currency,
});

function sameCurrency(expected: string, actual: string, field: string): void {
  if (expected !== actual) {
    throw new AnalyticsInputError(
      field,
      `Cannot combine ${expected} with ${actual}; convert both to one reporting currency first.`,
    );
  }
}

export function addMoney(a: Money, b: Money, field = 'currency'): Money {
  sameCurrency(a.currency, b.currency, field);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money, field = 'currency'): Money {
  sameCurrency(a.currency, b.currency, field);
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

/** Exact sum; every item must be in `currency` (needed so an empty list still has one). */
export function sumMoney(items: Iterable<Money>, currency: string, field = 'currency'): Money {
  let total = 0n;
  for (const m of items) {
    sameCurrency(currency, m.currency, field);
    total += m.amountMinor;
  }
  return money(total, currency);
}

export const compareMoney = (a: Money, b: Money): number => {
  sameCurrency(a.currency, b.currency, 'currency');
  return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0;
};

/**
 * Money x an exact quantity (hours, a percentage as a fraction), rounded half-even to a minor
 * unit. The product is exact until that one rounding.
 */
export function multiplyMoney(m: Money, quantity: Quantity, field = 'quantity'): Money {
  const exact = mul(makeRatio(m.amountMinor), toRatio(quantity, field));
  return { amountMinor: roundHalfEven(exact), currency: m.currency };
}
