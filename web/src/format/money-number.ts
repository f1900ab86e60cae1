import { toMajorDecimal } from '@frameledger/analytics';
import type { MoneyValue } from './money';

/**
 * Money as a plain number of major units, for chart geometry only: bar heights may round, the
 * labels and tooltips always print the exact amount.
 */
export const moneyToNumber = (m: Pick<MoneyValue, 'amountMinor' | 'currency'>): number =>
  Number(toMajorDecimal({ amountMinor: BigInt(m.amountMinor), currency: m.currency }));

/** Axis labels: "$1.2M", "ARS 330M", in the reader's locale. */
export const compactMoney = (currency: string) => (value: number) =>
  new Intl.NumberFormat(navigator.language, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
