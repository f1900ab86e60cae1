import { minorUnitExponent } from '@frameledger/analytics';
import { badInput } from '../common/errors';

/**
 * Refuses a currency the money library cannot count in. ISO 4217 alone is not enough: every
 * amount is stored in minor units, and a currency whose exponent we do not know would be
 * formatted and converted wrongly by a factor of 100.
 */
export function checkCurrency(field: string, currency: string): void {
  try {
    minorUnitExponent(currency, field);
  } catch (error) {
    throw badInput(field, `${field}: ${(error as Error).message}`);
  }
}
