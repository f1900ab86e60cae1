import { toMajorDecimal } from '@frameledger/analytics';
import type { MoneyValue } from './money';

/**
 * Money as a plain number of major units, for chart geometry only: bar heights may round, the
 * labels and tooltips always print the exact amount.
 */
export const moneyToNumber = (m: Pick<MoneyValue, 'amountMinor' | 'currency'>): number =>
  Number(toMajorDecimal({ amountMinor: BigInt(m.amountMinor), currency: m.currency }));
