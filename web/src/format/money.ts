import { formatMoney } from '@frameledger/analytics';

/** Money as the api sends it: minor units as a string of digits and the ISO 4217 code. */
export interface MoneyValue {
  amountMinor: string;
  currency: string;
  /** The api's en-US rendering, used when the browser cannot format the currency itself. */
  formatted?: string;
}

/**
 * An amount for the reader's locale ("ARS 1.150.000.000,00" for es-AR), exact at any size: the
 * integer minor units go through analytics' formatter, never through a float.
 */
export function formatMoneyFor(value: MoneyValue, locale = navigator.language): string {
  try {
    return formatMoney({ amountMinor: BigInt(value.amountMinor), currency: value.currency }, locale);
  } catch {
    return value.formatted ?? `${value.currency} ${value.amountMinor} (minor units)`;
  }
}
