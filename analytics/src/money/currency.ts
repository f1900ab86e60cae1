import { AnalyticsInputError } from '../errors';

/**
 * ISO 4217 minor-unit exponents: how many decimal places one major unit splits into. A currency
 * missing here is refused rather than guessed, because a wrong exponent silently scales every
 * amount by 100.
 */
// prettier-ignore
const MINOR_UNIT_EXPONENTS: Readonly<Record<string, number>> = {
  USD: 2, EUR: 2, GBP: 2, ARS: 2, CAD: 2, AUD: 2, NZD: 2, JPY: 0, KRW: 0, CNY: 2, INR: 2, BRL: 2,
  MXN: 2, CLP: 0, COP: 2, CHF: 2, SEK: 2, NOK: 2, DKK: 2, ISK: 0, PLN: 2, CZK: 2, HUF: 2, ZAR: 2,
  HKD: 2, SGD: 2, TWD: 2, THB: 2, ILS: 2, TRY: 2, AED: 2, SAR: 2, KWD: 3, BHD: 3, JOD: 3,
};

/** The minor-unit exponent of a currency (2 for USD, 0 for JPY); throws for an unknown code. */
export function minorUnitExponent(currency: string, field = 'currency'): number {
  const exponent = Object.hasOwn(MINOR_UNIT_EXPONENTS, currency) ? MINOR_UNIT_EXPONENTS[currency] : undefined;
  if (exponent === undefined) {
    throw new AnalyticsInputError(
      field,
      `Currency "${currency}" is not supported; use an ISO 4217 code such as ${Object.keys(MINOR_UNIT_EXPONENTS).slice(0, 8).join(', ')}.`,
    );
  }
  return exponent;
}

/** Every currency code the library knows, for pickers in the UI. */
export const supportedCurrencies = (): string[] => Object.keys(MINOR_UNIT_EXPONENTS).sort();
