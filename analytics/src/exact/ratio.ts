/**
 * Exact rational numbers over bigint. Money maths keeps every intermediate value (hours from
 * minutes, rates with fringes, FX rates) as a Ratio and rounds once, at the end, with
 * `roundHalfEven`. Ratios are always reduced with a positive denominator, so equal values have
 * equal fields.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Builds a reduced ratio; the caller guarantees `den !== 0n`. */
export function makeRatio(num: bigint, den: bigint = 1n): Ratio {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const ZERO: Ratio = { num: 0n, den: 1n };

export const add = (a: Ratio, b: Ratio): Ratio =>
  a.den === b.den ? makeRatio(a.num + b.num, a.den) : makeRatio(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Ratio, b: Ratio): Ratio => add(a, { num: -b.num, den: b.den });
export const mul = (a: Ratio, b: Ratio): Ratio => makeRatio(a.num * b.num, a.den * b.den);
/** The caller guarantees `b` is not zero. */
export const div = (a: Ratio, b: Ratio): Ratio => makeRatio(a.num * b.den, a.den * b.num);
export const compare = (a: Ratio, b: Ratio): number => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const max = (a: Ratio, b: Ratio): Ratio => (compare(a, b) >= 0 ? a : b);
/** For display and for float simulation only; never feed the result back into money maths. */
export const toNumber = (a: Ratio): number => Number(a.num) / Number(a.den);

/**
 * The library's one rounding rule: to the nearest integer, ties to even (banker's rounding), so
 * rounding many half-way amounts does not drift in one direction.
 */
export function roundHalfEven(a: Ratio): bigint {
  const q = a.num / a.den; // truncates toward zero
  const r = a.num - q * a.den;
  if (r === 0n) return q;
  const twice = 2n * abs(r);
  const away = a.num < 0n ? q - 1n : q + 1n;
  if (twice > a.den) return away;
  if (twice < a.den) return q;
  return q % 2n === 0n ? q : away;
}
