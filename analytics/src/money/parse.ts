import { AnalyticsInputError } from '../errors';
import { minorUnitExponent } from './currency';

/**
 * An amount typed in major units ("1,150,000.50" ARS) as exact minor units (115000050n), with no
 * float in between. Thousands separators (comma, space, underscore) are dropped; the decimal point
 * is a full stop; more decimals than the currency has are refused rather than rounded, because a
 * silently rounded rate is a wrong rate.
 */
export function parseMajorAmount(text: string, currency: string, field = 'amount'): bigint {
  const digits = minorUnitExponent(currency, field);
  const plain = text.trim().replace(/[,\s_]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) {
    throw new AnalyticsInputError(field, `Give the amount as a number of ${currency}, e.g. 1,250.50.`);
  }
  const fraction = match[2] ?? '';
  if (fraction.length > digits) {
    throw new AnalyticsInputError(
      field,
      digits === 0
        ? `${currency} has no minor unit: give a whole amount.`
        : `${currency} has ${digits} decimal places: give at most ${digits}.`,
    );
  }
  return BigInt(match[1] + fraction.padEnd(digits, '0'));
}
