import { makeRatio, Ratio, toRatio } from '@frameledger/analytics';

/** numerator / (denominator x factor), exactly, from the decimal strings PostgreSQL prints for numeric sums. */
export function quotient(numerator: string, denominator: string, factor = 1n): Ratio {
  const n = toRatio(numerator, 'numerator');
  const d = toRatio(denominator, 'denominator');
  return makeRatio(n.num * d.den, n.den * d.num * factor);
}

/** Whole minutes as exact hours. */
export const minutesToHours = (minutes: string | number | bigint): Ratio => makeRatio(BigInt(minutes), 60n);
