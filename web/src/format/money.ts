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
 * integer minor units go through analytics' formatter, never through a float. A negative amount is
 * written in parentheses, as accountants read it: "($1,234.56)", in every locale.
 */
export function formatMoneyFor(value: MoneyValue, locale = navigator.language): string {
  try {
    const minor = BigInt(value.amountMinor);
    const text = formatMoney({ amountMinor: minor < 0n ? -minor : minor, currency: value.currency }, locale);
    return minor < 0n ? `(${text})` : text;
  } catch {
    return value.formatted ?? `${value.currency} ${value.amountMinor} (minor units)`;
  }
}
