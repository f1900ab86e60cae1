import { formatMoney } from '@frameledger/analytics';
import { Money } from './money';

/** The GraphQL Money object for an amount: the integer, its currency and a display string. */
export function money(amountMinor: bigint | number | string, currency: string, locale = 'en-US'): Money {
  const amount = BigInt(amountMinor);
  return { amountMinor: amount, currency, formatted: formatMoney({ amountMinor: amount, currency }, locale) };
}
