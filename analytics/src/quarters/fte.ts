import { div, makeRatio, mul, toNumber, type Ratio } from '../exact/ratio';

/**
 * Full-time equivalents: hours / (standard FTE hours per year x the share of a year the period
 * covers). A quarter is a quarter of a year, so with 2,080 h a year one quarter's FTE is 520 h.
 */
export function fte(hours: Ratio, fteHoursPerYear: Ratio, quarters: number): number {
  const periodHours = mul(fteHoursPerYear, makeRatio(BigInt(quarters), 4n));
  return periodHours.num === 0n ? 0 : toNumber(div(hours, periodHours));
}
