import { AnalyticsInputError } from '../errors';
import { makeRatio, type Ratio } from './ratio';

/**
 * What callers may pass where an exact quantity is expected: a Ratio, a bigint, a decimal string
 * such as "1.25", "-3" or "2.5e-1", a fraction string such as "7/3", or a JS number. Numbers are read
 * through their shortest decimal spelling (0.1 becomes exactly 1/10, which is what the user typed),
 * never through their binary value.
 */
export type Quantity = Ratio | bigint | number | string;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;

function parseDecimal(text: string, field: string): Ratio {
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const den = BigInt(fraction[2]);
    if (den === 0n)
      throw new AnalyticsInputError(field, `"${text}" divides by zero; give a non-zero denominator.`);
    return makeRatio(BigInt(fraction[1]), den);
  }
  const m = DECIMAL.exec(text);
  if (!m) {
    throw new AnalyticsInputError(field, `"${text}" is not a number; write it like 12.5 or 3/4.`);
  }
  const [, sign, whole, frac = '', exp = '0'] = m;
  const exponent = Number(exp) - frac.length;
  let num = BigInt(whole + frac);
  if (sign === '-') num = -num;
  return exponent >= 0 ? makeRatio(num * 10n ** BigInt(exponent)) : makeRatio(num, 10n ** BigInt(-exponent));
}

/** Reads a Quantity exactly; `field` names the input in the error a bad value raises. */
export function toRatio(value: Quantity, field: string): Ratio {
  if (typeof value === 'bigint') return makeRatio(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new AnalyticsInputError(field, `${value} is not a finite number; give a real quantity.`);
    }
    return parseDecimal(String(value), field);
  }
  if (typeof value === 'string') return parseDecimal(value.trim(), field);
  if (value.den === 0n)
    throw new AnalyticsInputError(field, 'The ratio has a zero denominator; fix the input.');
  return makeRatio(value.num, value.den);
}

/** Like toRatio, but refuses negative values: hours, frame counts and rates are never below zero. */
export function toNonNegativeRatio(value: Quantity, field: string): Ratio {
  const r = toRatio(value, field);
  if (r.num < 0n) throw new AnalyticsInputError(field, `${String(value)} is negative; give zero or more.`);
  return r;
}
